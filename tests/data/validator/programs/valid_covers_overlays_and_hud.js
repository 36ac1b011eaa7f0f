// the right ways: a card's face under its back, shown by hiding the back; a HUD fixed to the screen under a following
// camera; a game-over scene with an opaque background launched over the game on purpose
class Game extends Phaser.Scene {
  constructor() { super('game'); }

  preload() {}

  create() {
    this.physics.world.setBounds(0, 0, 2400, 1800);
    this.cameras.main.setBounds(0, 0, 2400, 1800);
    for (let i = 0; i < 4; i++) {
      const x = 200 + i * 120;
      const face = this.add.text(x, 200, String.fromCharCode(65 + i), { fontSize: '32px', color: '#000000' }).setOrigin(0.5).setVisible(false).setScrollFactor(0);
      const back = this.add.rectangle(x, 200, 90, 120, 0x3355aa).setInteractive().setScrollFactor(0);
      back.on('pointerdown', () => {
        back.setVisible(false);
        face.setVisible(true);
      });
    }
    this.player = this.add.rectangle(1200, 900, 30, 30, 0xffcc00);
    this.physics.add.existing(this.player);
    this.player.body.setVelocity(60, 40).setCollideWorldBounds(true);
    this.cameras.main.startFollow(this.player);
    this.ticks = 0;
    this.hud = this.add.text(16, 16, 'Time: 0', { fontSize: '24px', color: '#ffffff' }).setScrollFactor(0);
    this.time.addEvent({ delay: 500, loop: true, callback: () => this.hud.setText('Time: ' + ++this.ticks) });
    this.time.delayedCall(2500, () => this.scene.launch('over'));
  }
}

class Over extends Phaser.Scene {
  constructor() { super('over'); }
  preload() {}
  create() {
    this.add.rectangle(400, 300, 800, 600, 0x000000);
    this.add.text(400, 300, 'GAME OVER', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: [Game, Over] });
