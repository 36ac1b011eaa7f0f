// An adding machine: click +500 to add 500 to the total shown on the display
class Adder extends Phaser.Scene {
  create() {
    this.display = this.add.text(100, 100, '0', { fontSize: '40px', color: '#aaffaa' });
    this.add.text(100, 200, '+500', { fontSize: '32px', color: '#ffffff', backgroundColor: '#335577' }).setInteractive().on('pointerdown', () => {
      const total = parseFloat(this.display.text) + 500;
      this.display.setText(total.toLocaleString('en-US'));
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Adder });
