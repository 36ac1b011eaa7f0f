// Windmill farm: every second each mill grinds flour; the "Sharpen stones" upgrade doubles what a mill grinds
class Farm extends Phaser.Scene {
  constructor() { super('farm'); }
  create() {
    this.flour = 0;
    this.mills = 2;
    this.perMill = 1;
    this.text = this.add.text(20, 20, '', { fontSize: '20px', color: '#fff8e1' });
    this.time.addEvent({ delay: 1000, loop: true, callback: this.grind, callbackScope: this });
    const up = this.add.rectangle(320, 260, 240, 50, 0x795548).setInteractive();
    this.add.text(320, 260, 'Sharpen stones (5)', { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5);
    up.on('pointerdown', () => {
      if (this.flour < 5) return;
      this.flour -= 5;
      this.perMill *= 2;
    });
  }
  grind() { this.flour += this.perMill * this.mills; }
  update() { this.text.setText('Flour: ' + this.flour + '\nEach mill: ' + this.perMill + ' a second'); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 360, backgroundColor: '#33691e', scene: Farm });
