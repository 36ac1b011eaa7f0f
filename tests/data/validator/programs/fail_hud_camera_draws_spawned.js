// A zoomed camera follows the player and a HUD camera draws the score; the HUD camera ignores the world made at the start, not the gems spawned later
class Field extends Phaser.Scene {
  constructor() { super('field'); }
  preload() {}
  create() {
    const floor = this.add.rectangle(800, 600, 1600, 1200, 0x224422);
    const fence = this.add.rectangle(800, 20, 1600, 40, 0x886644);
    this.player = this.add.circle(800, 600, 12, 0x44aaff);
    this.score = this.add.text(12, 12, 'Gems: 0', { fontSize: '20px', color: '#ffffff' });
    const cam = this.cameras.main.setZoom(2).setBounds(0, 0, 1600, 1200);
    cam.startFollow(this.player);
    cam.ignore(this.score);
    this.hudCam = this.cameras.add(0, 0, 800, 600);
    this.hudCam.ignore([floor, fence, this.player]);
    this.time.addEvent({ delay: 500, loop: true, callback: () => {
      const gem = this.add.star(Phaser.Math.Between(700, 900), Phaser.Math.Between(500, 700), 5, 6, 12, 0xffdd00);
      this.gems = (this.gems || 0) + 1;
      this.score.setText('Gems: ' + this.gems);
    } });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000', scene: Field });
