// Fish school toy: 40 fish swim at a steady speed and wrap around the screen edges; each fish turns gradually toward the average heading of the fish within 90 px (a proper circular average, so fish heading left at +179° and -179° keep swimming left). Clicking scatters every fish to a random heading, and a compass arrow shows the school's overall heading.
const FISH = 40;
const RADIUS = 90;
const SPEED = 110;
const TURN = 2.2;

function averageHeading(list) {
  let s = 0;
  let c = 0;
  for (const f of list) {
    s += Math.sin(f.heading);
    c += Math.cos(f.heading);
  }
  return Math.atan2(s, c);
}

const scene = {
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xff9f43, 1);
    g.fillTriangle(20, 6, 0, 0, 0, 12);
    g.fillStyle(0xffffff, 1).fillCircle(15, 5, 1.5);
    g.generateTexture('fish', 20, 12);
    g.destroy();

    this.cameras.main.setBackgroundColor('#0b3d5c');
    this.fish = [];
    for (let i = 0; i < FISH; i++) {
      const f = this.add.image(Phaser.Math.Between(0, 800), Phaser.Math.Between(0, 600), 'fish');
      f.heading = Phaser.Math.FloatBetween(-Math.PI, Math.PI);
      f.rotation = f.heading;
      this.fish.push(f);
    }

    this.compass = this.add.graphics().setDepth(5);
    this.label = this.add.text(12, 12, '', { fontSize: '18px', color: '#ffffff' }).setDepth(5);
    this.add.text(12, 570, 'click to scatter the school', { fontSize: '16px', color: '#9fd3ff' });

    this.input.on('pointerdown', () => {
      for (const f of this.fish) f.heading = Phaser.Math.FloatBetween(-Math.PI, Math.PI);
    });
  },

  update(time, delta) {
    const dt = delta / 1000;
    const targets = this.fish.map((f) => {
      const near = this.fish.filter((o) => Phaser.Math.Distance.Between(f.x, f.y, o.x, o.y) < RADIUS);
      return averageHeading(near);
    });

    this.fish.forEach((f, i) => {
      const diff = Phaser.Math.Angle.Wrap(targets[i] - f.heading);
      const maxTurn = TURN * dt;
      f.heading = Phaser.Math.Angle.Wrap(f.heading + Phaser.Math.Clamp(diff, -maxTurn, maxTurn));
      f.x += Math.cos(f.heading) * SPEED * dt;
      f.y += Math.sin(f.heading) * SPEED * dt;
      if (f.x < -10) f.x += 820;
      if (f.x > 810) f.x -= 820;
      if (f.y < -10) f.y += 620;
      if (f.y > 610) f.y -= 620;
      f.rotation = f.heading;
    });

    const overall = averageHeading(this.fish);
    this.compass.clear();
    this.compass.lineStyle(3, 0xffffff, 1).strokeCircle(740, 60, 36);
    this.compass.lineStyle(4, 0xffd32a, 1);
    this.compass.lineBetween(740, 60, 740 + Math.cos(overall) * 32, 60 + Math.sin(overall) * 32);
    this.label.setText('School heading: ' + Math.round(Phaser.Math.RadToDeg(overall)) + '°');
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: scene
};

new Phaser.Game(config);
