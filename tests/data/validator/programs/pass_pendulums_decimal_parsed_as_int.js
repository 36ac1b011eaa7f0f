// Pendulum wave: 15 pendulums hang from a bar; pendulum i (0-14) makes 20 + i full swings every 60 simulated seconds with a 25 degree amplitude, so they start in line and line up again after 60 s; buttons "0.5x", "1x" and "2x" set the simulation speed, R restarts from the lined-up start, and the simulated time is shown.
const COUNT = 15;
const AMPLITUDE = Phaser.Math.DegToRad(25);
const CYCLE = 60;
const BAR_Y = 70;

class PendulumWave extends Phaser.Scene {
  constructor() {
    super('Wave');
  }

  create() {
    this.simTime = 0;
    this.speed = 1;
    this.add.rectangle(400, BAR_Y - 6, 700, 12, 0xadb5bd);
    this.strings = this.add.graphics();
    this.pendulums = [];
    for (let i = 0; i < COUNT; i++) {
      const swings = 20 + i;
      const length = 430 * Math.pow(20 / swings, 2);
      const pivotX = 120 + i * 40;
      const bob = this.add.circle(pivotX, BAR_Y + length, 13, Phaser.Display.Color.HSLToColor(i / COUNT, 0.75, 0.6).color);
      this.pendulums.push({ pivotX, length, swings, bob });
    }

    this.timeText = this.add.text(20, 545, '', { fontFamily: 'Georgia', fontSize: '22px', color: '#f8f9fa' });
    this.buttons = ['0.5x', '1x', '2x'].map((label, i) => {
      const button = this.add.text(520 + i * 90, 540, label, {
        fontFamily: 'Georgia', fontSize: '22px', color: '#212529', backgroundColor: '#ced4da', padding: { x: 14, y: 8 }
      }).setInteractive({ useHandCursor: true });
      button.on('pointerdown', () => {
        this.speed = parseFloat(label);
        this.highlight(button);
      });
      return button;
    });
    this.input.keyboard.on('keydown-R', () => {
      this.simTime = 0;
    });
    this.highlight(this.buttons[1]);
    this.layout();
  }

  highlight(selected) {
    this.buttons.forEach((button) => {
      button.setBackgroundColor(button === selected ? '#ffd166' : '#ced4da');
    });
  }

  angleOf(p) {
    return AMPLITUDE * Math.cos((2 * Math.PI * p.swings * this.simTime) / CYCLE);
  }

  layout() {
    this.strings.clear().lineStyle(2, 0xdee2e6, 0.8);
    this.pendulums.forEach((p) => {
      const angle = this.angleOf(p);
      const x = p.pivotX + Math.sin(angle) * p.length;
      const y = BAR_Y + Math.cos(angle) * p.length;
      this.strings.lineBetween(p.pivotX, BAR_Y, x, y);
      p.bob.setPosition(x, y);
    });
    this.timeText.setText(`t = ${this.simTime.toFixed(1)} s   speed ${this.speed}x`);
  }

  update(time, delta) {
    this.simTime += (delta / 1000) * this.speed;
    this.layout();
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b263b',
  scene: PendulumWave
});
