// bare Matter bodies styled with render.fillColor, with debug drawing off: nothing on screen draws them
class Tower extends Phaser.Scene {
  preload() {}

  create() {
    this.add.text(16, 16, 'Knock the tower down', { fontSize: '22px', color: '#ffffff' });
    this.matter.add.rectangle(400, 585, 800, 30, { isStatic: true, render: { fillColor: 0x555555 } });
    for (let row = 0; row < 6; row++) {
      this.matter.add.rectangle(600, 550 - row * 40, 38, 38, { render: { fillColor: 0xcc8844 } });
    }
    this.input.on('pointerdown', () => {
      const ball = this.matter.add.circle(80, 400, 20, { render: { fillColor: 0x222222 } });
      this.matter.body.setVelocity(ball, { x: 18, y: -4 });
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { debug: false } }, scene: Tower });
