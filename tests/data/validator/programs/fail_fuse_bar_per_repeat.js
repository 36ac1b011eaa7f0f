// A 10-second fuse: a bar shrinks from full to empty over the ten seconds while the seconds count down, then BOOM
class Fuse extends Phaser.Scene {
  create() {
    this.left = 10;
    this.bar = this.add.rectangle(100, 300, 600, 30, 0xffaa00).setOrigin(0, 0.5);
    this.label = this.add.text(400, 240, '10', { fontSize: '36px', color: '#ffffff' }).setOrigin(0.5);
    this.fuse = this.time.addEvent({ delay: 1000, repeat: 9, callback: () => {
      this.left -= 1;
      this.label.setText(this.left === 0 ? 'BOOM' : String(this.left));
    } });
  }
  update() {
    this.bar.width = 600 * (1 - this.fuse.getProgress());
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Fuse });
