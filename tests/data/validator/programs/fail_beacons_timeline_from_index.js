// Five beacons light up one after another, half a second apart, on a timeline
const GAP = 500;
class Beacons extends Phaser.Scene {
  create() {
    this.beacons = [0, 1, 2, 3, 4].map((i) => this.add.circle(160 + i * 120, 300, 30, 0x333333));
    this.show = this.add.timeline(this.beacons.map((beacon, i) => ({
      from: i * GAP,
      run: () => beacon.setFillStyle(0xffdd33),
    })));
    this.show.play();
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Beacons });
