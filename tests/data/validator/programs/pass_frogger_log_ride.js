// Frog crossing: arrow keys hop the frog one 44px cell; cars on the four road lanes kill it, on the four river lanes it must stand completely on a log (the log carries it along) or it drowns, reaching the top bank scores 100 and sends it back to the start; the frog has 3 lives.
const S = 44;
const W = 792;
const LANES = [
  { row: 1, kind: 'log', speed: 70, len: 176, gap: 300 },
  { row: 2, kind: 'log', speed: -90, len: 132, gap: 260 },
  { row: 3, kind: 'log', speed: 60, len: 220, gap: 330 },
  { row: 4, kind: 'log', speed: -80, len: 154, gap: 280 },
  { row: 6, kind: 'car', speed: -120, len: 60, gap: 240 },
  { row: 7, kind: 'car', speed: 150, len: 60, gap: 280 },
  { row: 8, kind: 'car', speed: -100, len: 90, gap: 300 },
  { row: 9, kind: 'car', speed: 130, len: 60, gap: 220 }
];

class Crossing extends Phaser.Scene {
  constructor() {
    super('crossing');
  }

  create() {
    this.add.rectangle(W / 2, S / 2, W, S, 0x2f8f3f);
    this.add.rectangle(W / 2, S * 3, W, S * 4, 0x1f4fa0);
    this.add.rectangle(W / 2, S * 5 + S / 2, W, S, 0x6f5f9f);
    this.add.rectangle(W / 2, S * 8, W, S * 4, 0x333333);
    this.add.rectangle(W / 2, S * 10 + S / 2, W, S, 0x6f5f9f);

    this.movers = [];
    LANES.forEach((lane) => {
      for (let x = 0; x < W + lane.gap; x += lane.len + lane.gap) {
        const colour = lane.kind === 'log' ? 0x8b5a2b : 0xdd3333;
        const h = lane.kind === 'log' ? 34 : 30;
        const obj = this.add.rectangle(x, lane.row * S + S / 2, lane.len, h, colour);
        obj.setData('lane', lane);
        this.movers.push(obj);
      }
    });

    this.frog = this.add.rectangle(0, 0, 26, 26, 0x66ff66).setDepth(2);
    this.data.set({ lives: 3, score: 0 });
    this.hud = this.add.text(8, 11 * S + 4, '', { fontSize: '20px', color: '#ffffff' });
    this.msg = this.add.text(W / 2, S * 5 + S / 2, '', { fontSize: '30px', color: '#ffff55' }).setOrigin(0.5).setDepth(3);
    this.events.on('changedata', this.showHud, this);
    this.showHud();
    this.resetFrog();

    const steps = { LEFT: [-1, 0], RIGHT: [1, 0], UP: [0, -1], DOWN: [0, 1] };
    Object.entries(steps).forEach(([name, [dx, dy]]) => {
      this.input.keyboard.on('keydown-' + name, () => this.hop(dx, dy));
    });
  }

  showHud() {
    this.hud.setText('Lives: ' + this.data.get('lives') + '    Score: ' + this.data.get('score'));
  }

  resetFrog() {
    this.frog.setPosition(W / 2 - S / 2, 10 * S + S / 2);
  }

  hop(dx, dy) {
    if (this.data.get('lives') <= 0) return;
    const nx = Phaser.Math.Clamp(this.frog.x + dx * S, S / 2, W - S / 2);
    const ny = Phaser.Math.Clamp(this.frog.y + dy * S, S / 2, 10 * S + S / 2);
    this.frog.setPosition(nx, ny);
    if (Math.floor(ny / S) === 0) {
      this.data.inc('score', 100);
      this.resetFrog();
    }
  }

  die() {
    this.data.inc('lives', -1);
    this.resetFrog();
    if (this.data.get('lives') <= 0) this.msg.setText('GAME OVER');
  }

  update(time, delta) {
    const dt = delta / 1000;
    const row = Math.floor(this.frog.y / S);
    let ride = null;
    this.movers.forEach((m) => {
      const lane = m.getData('lane');
      m.x += lane.speed * dt;
      const span = W + lane.gap + lane.len;
      if (lane.speed > 0 && m.x - lane.len / 2 > W) m.x -= span;
      if (lane.speed < 0 && m.x + lane.len / 2 < 0) m.x += span;
    });
    if (this.data.get('lives') <= 0) return;

    const frogBox = this.frog.getBounds();
    for (const m of this.movers) {
      const lane = m.getData('lane');
      if (lane.row !== row) continue;
      const box = m.getBounds();
      if (lane.kind === 'car' && Phaser.Geom.Intersects.RectangleToRectangle(box, frogBox)) {
        this.die();
        return;
      }
      if (lane.kind === 'log' && Phaser.Geom.Rectangle.ContainsRect(box, frogBox)) ride = m;
    }

    if (row >= 1 && row <= 4) {
      if (!ride) {
        this.die();
        return;
      }
      this.frog.x += ride.getData('lane').speed * dt;
      if (this.frog.x < 0 || this.frog.x > W) this.die();
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: W,
  height: 11 * S + 30,
  backgroundColor: '#111111',
  scene: Crossing
};

new Phaser.Game(config);
