// Lamp: a round lamp drawn with Graphics; click the switch to turn the lamp on (yellow) or off (grey)
class Lamp extends Phaser.Scene {
  constructor() { super('lamp'); }
  create() {
    this.on = false;
    this.lamp = this.add.graphics();
    this.lamp.fillStyle(0x616161, 1);
    this.lamp.fillCircle(400, 240, 80);
    const button = this.add.rectangle(400, 450, 160, 56, 0x37474f).setInteractive();
    this.add.text(400, 450, 'SWITCH', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    button.on('pointerdown', () => {
      this.on = !this.on;
      this.lamp.fillStyle(this.on ? 0xffeb3b : 0x616161, 1);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#212121', scene: Lamp });
