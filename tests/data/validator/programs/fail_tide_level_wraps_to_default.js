// A tide gauge steps through levels 0 to 9 every half second and starts again at 0; the level is shown
const START_LEVEL = 3;
class Tide extends Phaser.Scene {
  create() {
    this.label = this.add.text(20, 20, '', { fontSize: '26px', color: '#ffffff' });
    this.bar = this.add.rectangle(400, 500, 60, 10, 0x3399ff).setOrigin(0.5, 1);
    this.time.addEvent({ delay: 500, loop: true, callback: this.tick, callbackScope: this });
  }
  tick() {
    const level = (this.registry.get('tide') || START_LEVEL) + 1;
    this.registry.set('tide', level % 10);
    const now = this.registry.get('tide');
    this.bar.height = 10 + now * 40;
    this.label.setText('Tide: ' + now);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Tide });
