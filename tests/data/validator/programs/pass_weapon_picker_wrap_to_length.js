// Weapon picker: LEFT/RIGHT cycles through the weapons (it wraps around at both ends); the chosen weapon is shown
const WEAPONS = ['Sword', 'Bow', 'Staff', 'Axe'];
class Picker extends Phaser.Scene {
  constructor() { super('picker'); }
  create() {
    this.index = 0;
    this.label = this.add.text(400, 300, '', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 380, '< LEFT / RIGHT >', { fontSize: '20px', color: '#b0bec5' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-LEFT', () => this.step(-1));
    this.input.keyboard.on('keydown-RIGHT', () => this.step(1));
    this.show();
  }
  step(dir) {
    this.index = Phaser.Math.Wrap(this.index + dir, 0, WEAPONS.length);
    this.show();
  }
  show() { this.label.setText(WEAPONS[this.index]); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#37474f', scene: Picker });
