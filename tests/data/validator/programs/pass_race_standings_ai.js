// Race your red car (arrow keys) against 3 AI cars for 3 laps around a rectangular circuit. The AI cars steer themselves along the track's centre line for the whole race and only the red car responds to the keys; the HUD shows your live race position 'POS x/4' (ranked by laps and distance along the track) and the full standings.
const PATH = [[400, 110], [690, 110], [690, 490], [110, 490], [110, 110], [400, 110]];
const LAPS = 3;

class CircuitScene extends Phaser.Scene {
  constructor() {
    super('circuit');
  }

  create() {
    this.segs = [];
    this.trackLen = 0;
    for (let i = 0; i < PATH.length - 1; i++) {
      const line = new Phaser.Geom.Line(PATH[i][0], PATH[i][1], PATH[i + 1][0], PATH[i + 1][1]);
      this.segs.push({ line, start: this.trackLen, len: Phaser.Geom.Line.Length(line) });
      this.trackLen += Phaser.Geom.Line.Length(line);
    }

    const g = this.add.graphics();
    g.fillStyle(0x616161).fillRect(20, 20, 760, 560);
    g.fillStyle(0x388e3c).fillRect(200, 200, 400, 200);
    g.lineStyle(4, 0xffffff).lineBetween(400, 20, 400, 200);
    const island = this.add.rectangle(400, 300, 400, 200);
    this.physics.add.existing(island, true);
    this.physics.world.setBounds(20, 20, 760, 560);

    const specs = [
      { name: 'YOU', color: 0xe53935, x: 420, y: 70, speed: 300, lane: 0 },
      { name: 'BLUE', color: 0x1e88e5, x: 460, y: 70, speed: 250, lane: 35 },
      { name: 'GREEN', color: 0x43a047, x: 460, y: 150, speed: 265, lane: -35 },
      { name: 'GOLD', color: 0xfdd835, x: 420, y: 150, speed: 280, lane: 0 }
    ];
    this.cars = specs.map(s => {
      const key = 'car_' + s.name;
      if (!this.textures.exists(key)) {
        const cg = this.make.graphics({ add: false });
        cg.fillStyle(s.color).fillRect(0, 0, 34, 18);
        cg.fillStyle(0x222222).fillRect(22, 3, 7, 12);
        cg.generateTexture(key, 34, 18);
        cg.destroy();
      }
      const car = this.physics.add.image(s.x, s.y, key);
      car.body.setCircle(9, 8, 0);
      car.setCollideWorldBounds(true);
      car.setData({ name: s.name, topSpeed: s.speed, lane: s.lane, laps: 0, lastS: this.arcPos(s.x, s.y) });
      return car;
    });
    this.player = this.cars[0];
    this.playerSpeed = 0;
    this.done = false;
    this.physics.add.collider(this.player, island, () => { this.playerSpeed *= 0.6; });

    this.cursors = this.input.keyboard.createCursorKeys();
    this.posText = this.add.text(215, 210, '', { fontSize: '28px', color: '#ffffff' });
    this.board = this.add.text(215, 250, '', { fontSize: '16px', color: '#e0e0e0' });
    this.msg = this.add.text(400, 360, '', { fontSize: '22px', color: '#ffeb3b' }).setOrigin(0.5);
  }

  arcPos(x, y) {
    let bestD = Infinity;
    let bestS = 0;
    for (const seg of this.segs) {
      const l = seg.line;
      const t = Phaser.Math.Clamp(((x - l.x1) * (l.x2 - l.x1) + (y - l.y1) * (l.y2 - l.y1)) / (seg.len * seg.len), 0, 1);
      const d = Phaser.Math.Distance.Between(x, y, l.x1 + (l.x2 - l.x1) * t, l.y1 + (l.y2 - l.y1) * t);
      if (d < bestD) {
        bestD = d;
        bestS = seg.start + t * seg.len;
      }
    }
    return bestS % this.trackLen;
  }

  pointAt(s, offset) {
    s = ((s % this.trackLen) + this.trackLen) % this.trackLen;
    const seg = this.segs.find(sg => s <= sg.start + sg.len) || this.segs[this.segs.length - 1];
    const p = Phaser.Geom.Line.GetPoint(seg.line, (s - seg.start) / seg.len);
    const n = Phaser.Geom.Line.GetNormal(seg.line);
    return { x: p.x + n.x * offset, y: p.y + n.y * offset };
  }

  trackProgress(car) {
    const s = this.arcPos(car.x, car.y);
    const last = car.getData('lastS');
    const L = this.trackLen;
    if (last > L * 0.75 && s < L * 0.25) car.incData('laps', 1);
    else if (last < L * 0.25 && s > L * 0.75) car.incData('laps', -1);
    car.setData('lastS', s);
    car.setData('progress', car.getData('laps') * L + s);
  }

  drivePlayer(dt) {
    const c = this.cursors;
    if (this.done) this.playerSpeed = Math.max(0, this.playerSpeed - 300 * dt);
    else if (c.up.isDown) this.playerSpeed = Math.min(300, this.playerSpeed + 240 * dt);
    else if (c.down.isDown) this.playerSpeed = Math.max(-100, this.playerSpeed - 400 * dt);
    else this.playerSpeed *= Math.pow(0.5, dt);
    const steer = (c.left.isDown ? -1 : 0) + (c.right.isDown ? 1 : 0);
    if (!this.done) this.player.rotation += steer * 2.6 * dt * Phaser.Math.Clamp(this.playerSpeed / 80, -1, 1);
    this.physics.velocityFromRotation(this.player.rotation, this.playerSpeed, this.player.body.velocity);
  }

  driveAI(car, dt) {
    const target = this.pointAt(car.getData('lastS') + 90, car.getData('lane'));
    const want = Phaser.Math.Angle.Between(car.x, car.y, target.x, target.y);
    car.rotation = Phaser.Math.Angle.RotateTo(car.rotation, want, 3.2 * dt);
    this.physics.velocityFromRotation(car.rotation, car.getData('topSpeed'), car.body.velocity);
  }

  update(time, delta) {
    const dt = delta / 1000;
    this.cars.forEach(car => this.trackProgress(car));
    this.drivePlayer(dt);
    for (let i = 1; i < this.cars.length; i++) this.driveAI(this.cars[i], dt);

    const ranking = [...this.cars].sort((a, b) => b.getData('progress') - a.getData('progress'));
    const pos = ranking.indexOf(this.player) + 1;
    const lap = Phaser.Math.Clamp(this.player.getData('laps') + 1, 1, LAPS);
    this.posText.setText(`POS ${pos}/${this.cars.length}   LAP ${lap}/${LAPS}`);
    this.board.setText(ranking.map((car, i) => `${i + 1}. ${car.getData('name')}`));
    if (!this.done && this.player.getData('laps') >= LAPS) {
      this.done = true;
      this.msg.setText(`Finished in position ${pos}!`);
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2e7d32',
  physics: { default: 'arcade' },
  scene: [CircuitScene]
};

new Phaser.Game(config);
