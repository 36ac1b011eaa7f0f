// Bubbles rise and pop; P pauses the game, and P again resumes it after a 3-2-1 countdown.
class Bubbles extends Phaser.Scene {
  constructor() { super('bubbles'); }
  preload() {}
  create() {
    this.state = 'playing';
    this.time.addEvent({ delay: 500, loop: true, callback: () => {
      const b = this.add.circle(Phaser.Math.Between(40, 760), 620, 14, 0x80deea);
      this.tweens.add({ targets: b, y: -20, duration: 4000, onComplete: () => b.destroy() });
    } });
    this.banner = this.add.text(400, 300, '', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-P', () => {
      if (this.state === 'playing') this.pauseGame();
      else if (this.state === 'paused') this.countdown();
    });
  }
  pauseGame() {
    this.state = 'paused';
    this.time.paused = true;
    this.tweens.pauseAll();
    this.banner.setText('PAUSED');
  }
  countdown() {
    this.state = 'counting';
    let n = 3;
    this.banner.setText('3');
    this.time.addEvent({ delay: 1000, repeat: 2, callback: () => {
      n -= 1;
      if (n > 0) this.banner.setText(String(n));
      else this.resumeGame();
    } });
  }
  resumeGame() {
    this.state = 'playing';
    this.time.paused = false;
    this.tweens.resumeAll();
    this.banner.setText('');
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0d47a1', scene: Bubbles });
