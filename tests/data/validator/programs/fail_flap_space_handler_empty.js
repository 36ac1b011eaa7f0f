// Press SPACE to make the bird flap upwards; it falls back down between flaps
class Flap extends Phaser.Scene {
  create() {
    this.bird = this.add.circle(200, 300, 16, 0xffdd00);
    this.add.text(20, 20, 'SPACE to flap', { fontSize: '20px', color: '#ffffff' });
    this.input.keyboard.on('keydown-SPACE', () => {});
    this.tweens.add({ targets: this.bird, y: 316, duration: 400, yoyo: true, repeat: -1 });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Flap });
