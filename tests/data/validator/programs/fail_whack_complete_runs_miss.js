// Whack-a-mole on a 3x3 field: moles pop up one after another, tapping a mole that is up scores a point and sends it back down, a mole that sinks back untouched counts as a miss, and three misses end the game (tap to play again).
class MoleScene extends Phaser.Scene {
  constructor() {
    super('Moles');
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0x8d5524).fillEllipse(40, 50, 70, 90);
    g.fillStyle(0xf1c27d).fillEllipse(40, 62, 40, 40);
    g.fillStyle(0x000000).fillCircle(28, 36, 5).fillCircle(52, 36, 5);
    g.fillStyle(0xff7b9c).fillCircle(40, 50, 6);
    g.generateTexture('mole', 80, 100);
    g.destroy();
  }

  create() {
    this.score = 0;
    this.misses = 0;
    this.over = false;
    this.moles = [];
    for (let row = 0; row < 3; row++) {
      for (let col = 0; col < 3; col++) {
        const x = 120 + col * 120;
        const y = 320 + row * 130;
        this.add.ellipse(x, y, 100, 34, 0x3b2416);
        const mole = this.add.image(x, y, 'mole').setOrigin(0.5, 1).setScale(1, 0).setInteractive();
        mole.setData('up', false);
        mole.on('pointerdown', () => this.whack(mole));
        this.moles.push(mole);
      }
    }
    this.hud = this.add.text(20, 20, '', { fontSize: '26px', color: '#ffffff' });
    this.banner = this.add.text(240, 150, '', { fontSize: '36px', color: '#ffe066', align: 'center' }).setOrigin(0.5);
    this.updateHud();

    this.popTimer = this.time.addEvent({ delay: 1000, loop: true, callback: this.popRandom, callbackScope: this });
    this.input.on('pointerdown', () => {
      if (this.over) this.scene.restart();
    });
  }

  popRandom() {
    const down = this.moles.filter((m) => !m.getData('up'));
    if (down.length === 0) return;
    const mole = Phaser.Utils.Array.GetRandom(down);
    mole.setData('up', true);
    const tween = this.tweens.add({
      targets: mole,
      scaleY: 1,
      duration: 220,
      ease: 'Back.easeOut',
      yoyo: true,
      hold: 900,
      onComplete: () => {
        mole.setData('up', false);
        if (this.over) return;
        this.misses += 1;
        this.updateHud();
        if (this.misses >= 3) this.endGame();
      }
    });
    mole.setData('tween', tween);
  }

  whack(mole) {
    if (this.over || !mole.getData('up')) return;
    mole.setData('up', false);
    mole.getData('tween').complete();
    this.tweens.add({ targets: mole, scaleY: 0, duration: 120 });
    this.cameras.main.shake(80, 0.004);
    this.score += 1;
    this.updateHud();
  }

  updateHud() {
    this.hud.setText('Score: ' + this.score + '    Misses: ' + this.misses + '/3');
  }

  endGame() {
    this.over = true;
    this.popTimer.remove();
    this.banner.setText('Game over!\nScore ' + this.score + '\nTap to play again');
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 480,
  height: 720,
  backgroundColor: '#5c940d',
  scene: MoleScene
});
