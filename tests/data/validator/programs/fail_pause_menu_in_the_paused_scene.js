// the pause menu's buttons live in the scene that paused itself: a paused scene hears no pointer, nothing resumes it
class Game extends Phaser.Scene {
  constructor() { super('game'); }

  preload() {}

  create() {
    this.ball = this.add.circle(100, 300, 16, 0xffcc00);
    this.menu = this.add.container(400, 300, [
      this.add.rectangle(0, 0, 260, 160, 0x37474f),
      this.add.text(0, -40, 'PAUSED', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5),
    ]).setVisible(false).setDepth(10);
    const resume = this.add.text(400, 330, 'Resume', { fontSize: '24px', color: '#ffffff', backgroundColor: '#546e7a' })
      .setOrigin(0.5).setInteractive().setDepth(11).setVisible(false);
    resume.on('pointerdown', () => this.resumeGame(resume));
    this.input.keyboard.on('keydown-SPACE', () => this.pauseGame(resume));
  }

  pauseGame(button) {
    this.menu.setVisible(true);
    button.setVisible(true);
    this.scene.pause();
  }

  resumeGame(button) {
    this.menu.setVisible(false);
    button.setVisible(false);
    this.scene.resume();
  }

  update() { this.ball.x = (this.ball.x + 3) % 800; }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Game });
