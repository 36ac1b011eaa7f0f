// Title screen: the game's logo drops from above the screen to y = 200 in 2 seconds with a bounce; pressing SPACE or clicking skips the drop and puts the logo in place at once, and then "Press ENTER to start" blinks under it. ENTER starts the game scene, which shows "Level 1".
class TitleScene extends Phaser.Scene {
  constructor() { super('title'); }

  create() {
    this.logo = this.add.text(400, -80, 'SKY FORGE', { fontSize: '72px', fontStyle: 'bold', color: '#ffb703' }).setOrigin(0.5);
    this.prompt = this.add.text(400, 330, 'Press ENTER to start', { fontSize: '26px', color: '#ffffff' }).setOrigin(0.5).setVisible(false);
    this.ready = false;
    this.drop = this.tweens.add({
      targets: this.logo,
      y: 200,
      duration: 2000,
      ease: 'Bounce.Out',
      onComplete: () => this.showPrompt(),
    });
    this.input.keyboard.on('keydown-SPACE', () => this.skip());
    this.input.on('pointerdown', () => this.skip());
    this.input.keyboard.on('keydown-ENTER', () => {
      if (this.ready) this.scene.start('level');
    });
  }

  skip() {
    if (this.ready) return;
    this.drop.complete();
  }

  showPrompt() {
    this.ready = true;
    this.prompt.setVisible(true);
    this.tweens.add({ targets: this.prompt, alpha: 0.2, duration: 500, yoyo: true, repeat: -1 });
  }
}

class LevelScene extends Phaser.Scene {
  constructor() { super('level'); }

  create() {
    this.add.text(400, 300, 'Level 1', { fontSize: '48px', color: '#8ecae6' }).setOrigin(0.5);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#023047', scene: [TitleScene, LevelScene] });
