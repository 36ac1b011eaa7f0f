// A settings screen picks the ball speed (slow, normal, fast) and PLAY starts the game with that speed.
class Settings extends Phaser.Scene {
  constructor() { super('Settings'); }
  preload() {}
  create() {
    this.data.set('speed', 'normal');
    const speeds = ['slow', 'normal', 'fast'];
    speeds.forEach((s, i) => {
      this.add.text(250 + i * 150, 250, s, { fontSize: '28px', color: '#ffffff', backgroundColor: '#3949ab', padding: { x: 12, y: 6 } })
        .setOrigin(0.5).setInteractive().on('pointerdown', () => this.data.set('speed', s));
    });
    this.add.text(400, 400, 'PLAY', { fontSize: '36px', color: '#000000', backgroundColor: '#ffca28', padding: { x: 16, y: 8 } })
      .setOrigin(0.5).setInteractive().on('pointerdown', () => this.scene.start('Play'));
  }
}
class Play extends Phaser.Scene {
  constructor() { super('Play'); }
  preload() {}
  create() {
    const speed = { slow: 120, normal: 240, fast: 420 }[this.data.get('speed')] || 240;
    this.ball = this.add.circle(400, 300, 16, 0xffffff);
    this.physics.add.existing(this.ball);
    this.ball.body.setVelocity(speed, speed * 0.6).setBounce(1).setCollideWorldBounds(true);
    this.add.text(16, 16, 'speed ' + speed, { fontSize: '20px', color: '#ffffff' });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: [Settings, Play] });
