// Scrolling runner: the player runs right (camera follows); a HUD in the top-left corner shows the distance
class Run extends Phaser.Scene {
  constructor() { super('run'); }
  create() {
    this.cameras.main.setBounds(0, 0, 4000, 600);
    for (let x = 0; x < 4000; x += 200) this.add.rectangle(x, 560, 180, 40, 0x6d4c41).setOrigin(0, 0);
    this.player = this.add.rectangle(100, 520, 30, 40, 0x42a5f5);
    this.cameras.main.startFollow(this.player);
    this.hud = this.add.container(16, 16, [
      this.add.rectangle(0, 0, 200, 40, 0x000000, 0.5).setOrigin(0, 0),
      this.add.text(10, 8, '', { fontSize: '20px', color: '#ffffff' }),
    ]).setScrollFactor(0);
  }
  update(time, delta) {
    this.player.x = Math.min(3900, this.player.x + delta * 0.25);
    const cam = this.cameras.main;
    this.hud.setPosition(cam.scrollX + 16, cam.scrollY + 16);
    this.hud.list[1].setText('Distance: ' + Math.round(this.player.x / 10) + ' m');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#81d4fa', scene: Run });
