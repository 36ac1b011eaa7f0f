// Waves: a "Wave N" banner shows for 3 seconds, then enemies come; click an enemy to pop it.
class Waves extends Phaser.Scene {
  constructor() { super('waves'); }
  preload() {}
  create() {
    this.wave = 0;
    this.popped = 0;
    this.score = this.add.text(10, 10, 'popped: 0', { color: '#ffffff' });
    this.input.on('gameobjectdown', (pointer, enemy) => {
      enemy.destroy();
      this.popped += 1;
      this.score.setText('popped: ' + this.popped);
    });
    this.nextWave();
  }
  nextWave() {
    this.wave += 1;
    const banner = this.add.text(400, 300, 'Wave ' + this.wave, { fontSize: '48px', color: '#ffcc00' }).setOrigin(0.5);
    this.time.delayedCall(3000, () => {
      banner.destroy();
      this.time.addEvent({ delay: Math.max(300, 1000 - this.wave * 100), repeat: 4, callback: this.spawn, callbackScope: this });
    });
  }
  spawn() {
    const enemy = this.add.circle(Phaser.Math.Between(50, 750), Phaser.Math.Between(80, 550), 20, 0xff5555);
    enemy.setInteractive();
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1e2a1e', scene: Waves });
