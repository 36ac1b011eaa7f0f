// Robot factory: you start with 300 credits and four production lines are listed top to bottom: Bolts (machine cost 10, +1 credit/s), Gears (50, +5/s), Circuits (250, +25/s) and Robots (1000, +120/s). Clicking a line or pressing its number key (1 = Bolts, 2 = Gears, 3 = Circuits, 4 = Robots) buys one machine for that line if you can afford it, and every machine adds its line's credits each second.
class FactoryScene extends Phaser.Scene {
  constructor() {
    super('Factory');
  }

  create() {
    this.credits = 300;
    this.lines = [
      { name: 'Bolts', cost: 10, rate: 1, color: 0x90a4ae, machines: 0 },
      { name: 'Gears', cost: 50, rate: 5, color: 0xffb74d, machines: 0 },
      { name: 'Circuits', cost: 250, rate: 25, color: 0x4db6ac, machines: 0 },
      { name: 'Robots', cost: 1000, rate: 120, color: 0xe57373, machines: 0 }
    ];

    const g = this.add.graphics();
    g.fillStyle(0xffffff, 1);
    g.fillRoundedRect(0, 0, 18, 18, 4);
    g.generateTexture('part', 18, 18);
    g.destroy();

    this.add.text(400, 30, 'ROBOT FACTORY', { fontSize: '32px', color: '#eceff1', fontStyle: 'bold' }).setOrigin(0.5);
    this.creditText = this.add.text(40, 62, '', { fontSize: '24px', color: '#fff176' });
    this.parts = this.add.group();

    this.lines.forEach((line, i) => {
      const y = 150 + i * 110;
      line.y = y;
      line.belt = this.add.rectangle(520, y + 20, 520, 14, 0x37474f);
      line.panel = this.add.rectangle(140, y, 220, 90, 0x263238).setStrokeStyle(2, line.color);
      line.title = this.add.text(40, y - 36, (i + 1) + '. ' + line.name, { fontSize: '22px', color: '#ffffff' });
      line.info = this.add.text(40, y - 4, '', { fontSize: '16px', color: '#cfd8dc' });
      line.panel.setInteractive({ useHandCursor: true });
      line.panel.on('pointerdown', () => this.buy(i));
    });

    this.input.keyboard.on('keydown', (event) => {
      const n = parseInt(event.key, 10);
      if (n >= 1 && n <= this.lines.length) {
        this.buy(n);
      }
    });

    this.time.addEvent({
      delay: 1000,
      loop: true,
      callback: () => {
        this.lines.forEach((line) => {
          if (line.machines > 0) {
            this.credits += line.machines * line.rate;
            const part = this.parts.create(270, line.y + 20, 'part').setTint(line.color);
            part.speed = 160;
          }
        });
        this.refresh();
      }
    });

    this.refresh();
  }

  buy(index) {
    const line = this.lines[index];
    if (!line) return;
    if (this.credits < line.cost) {
      this.tweens.add({ targets: line.panel, alpha: { from: 0.3, to: 1 }, duration: 250 });
      return;
    }
    this.credits -= line.cost;
    line.machines += 1;
    this.tweens.add({ targets: line.panel, scaleX: { from: 1.06, to: 1 }, scaleY: { from: 1.06, to: 1 }, duration: 150 });
    this.refresh();
  }

  refresh() {
    const perSecond = this.lines.reduce((s, l) => s + l.machines * l.rate, 0);
    this.creditText.setText('Credits: ' + this.credits + '   (+' + perSecond + '/s)');
    this.lines.forEach((line) => {
      line.info.setText('Machines: ' + line.machines + '\nCost ' + line.cost + ' | +' + line.rate + '/s each');
      line.panel.setFillStyle(this.credits >= line.cost ? 0x2e4a2e : 0x263238);
    });
  }

  update(time, delta) {
    this.parts.getChildren().slice().forEach((part) => {
      part.x += part.speed * delta / 1000;
      if (part.x > 770) part.destroy();
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#15202b',
  scene: FactoryScene
};

new Phaser.Game(config);
