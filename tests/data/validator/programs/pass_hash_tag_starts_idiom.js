// Colour chips: each chip's name is shown, and names starting with '#' are drawn as their colour
const NAMES = ['#ff5252', 'sky', '#69f0ae', 'sand'];
class Chips extends Phaser.Scene {
  constructor() { super('chips'); }
  create() {
    NAMES.forEach((name, i) => {
      const colour = !name.indexOf('#') ? name : '#ffffff';
      this.add.text(100 + i * 120, 200, name, { fontSize: '20px', color: colour }).setOrigin(0.5);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Chips });
