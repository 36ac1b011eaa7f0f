// The ship is built with new Phaser.GameObjects.PathFollower(...) and starts following, but is never added to the
// scene: the path shows, the ship does not.
class Route extends Phaser.Scene {
  constructor() { super('route'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xffffff).fillTriangle(0, 20, 10, 0, 20, 20);
    g.generateTexture('ship', 20, 20);
    g.destroy();
  }
  create() {
    this.path = new Phaser.Curves.Path(100, 300).lineTo(400, 100).lineTo(700, 300);
    const track = this.add.graphics();
    track.lineStyle(2, 0x66aaff, 0.8);
    this.path.draw(track);
    this.ship = new Phaser.GameObjects.PathFollower(this, this.path, 100, 300, 'ship');
    this.ship.startFollow({ duration: 3000, repeat: -1, rotateToPath: true });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Route });
