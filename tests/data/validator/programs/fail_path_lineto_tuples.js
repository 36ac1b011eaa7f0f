// Orcs walk along a zig-zag road from the top left to the bottom right.
const ROAD = [[40, 80], [700, 80], [700, 300], [100, 300], [100, 520], [760, 520]];
class Road extends Phaser.Scene {
  constructor() { super('road'); }
  preload() {}
  create() {
    this.path = new Phaser.Curves.Path(ROAD[0][0], ROAD[0][1]);
    ROAD.slice(1).forEach((point) => this.path.lineTo(point));
    const g = this.add.graphics().lineStyle(24, 0x886644, 1);
    this.path.draw(g);
    this.time.addEvent({ delay: 600, repeat: 5, callback: () => {
      const orc = this.add.follower(this.path, ROAD[0][0], ROAD[0][1], '__WHITE').setDisplaySize(20, 20).setTint(0x55aa33);
      orc.startFollow({ duration: 8000 });
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#335522', scene: Road });
