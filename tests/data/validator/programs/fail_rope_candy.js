// Cut-the-rope puzzle with hand-written rope physics: a candy hangs from two ropes (chains of points under gravity, pinned at the top); swipe across a rope while holding the mouse button to cut it, and the candy swings on the rope that is left; when both ropes are cut it falls freely; if it reaches the frog at the bottom show "YUM!", if it leaves the screen show "Missed", and R restarts.
const GRAVITY = 900;
const STEP = 1 / 60;
const LINKS = 12;

class RopeScene extends Phaser.Scene {
  constructor() {
    super('RopeScene');
  }

  create() {
    this.points = [];
    this.ropes = [];
    this.acc = 0;
    this.state = 'play';
    this.candy = this.makePoint(360, 250, false);

    this.addRope(210, 70);
    this.addRope(540, 60);

    this.frog = this.add.container(630, 540);
    this.frog.add(this.add.ellipse(0, 0, 110, 70, 0x3fae4a));
    this.frog.add(this.add.ellipse(0, -8, 60, 26, 0x6b1d1d));
    this.frog.add(this.add.circle(-28, -36, 12, 0xffffff));
    this.frog.add(this.add.circle(28, -36, 12, 0xffffff));

    this.gfx = this.add.graphics();
    this.candyImg = this.add.circle(this.candy.pos.x, this.candy.pos.y, 16, 0xff5fa2).setStrokeStyle(3, 0xffffff);
    this.msg = this.add.text(400, 300, '', { fontSize: '52px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    this.add.text(12, 10, 'Swipe across a rope to cut it.  R = restart', { fontSize: '18px', color: '#cfe8ff' });

    this.swipe = new Phaser.Geom.Line();
    this.input.on('pointermove', (pointer) => {
      if (!pointer.isDown || this.state !== 'play') {
        return;
      }
      this.swipe.setTo(pointer.prevPosition.x, pointer.prevPosition.y, pointer.x, pointer.y);
      this.cutRopes();
    });
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
  }

  makePoint(x, y, pinned) {
    const p = { pos: new Phaser.Math.Vector2(x, y), prev: new Phaser.Math.Vector2(x, y), pinned };
    this.points.push(p);
    return p;
  }

  addRope(px, py) {
    const chain = [];
    for (let i = 0; i < LINKS; i++) {
      const t = i / LINKS;
      chain.push(this.makePoint(Phaser.Math.Linear(px, this.candy.pos.x, t), Phaser.Math.Linear(py, this.candy.pos.y, t), i === 0));
    }
    chain.push(this.candy);
    const links = [];
    for (let i = 0; i < LINKS; i++) {
      links.push({ a: chain[i], b: chain[i + 1], len: chain[i].pos.distance(chain[i + 1].pos), cut: false });
    }
    this.ropes.push({ links, cut: false });
  }

  cutRopes() {
    const seg = new Phaser.Geom.Line();
    this.ropes.forEach((rope) => {
      if (rope.cut) {
        return;
      }
      rope.links.forEach((link) => {
        seg.setTo(link.a.pos.x, link.a.pos.y, link.b.pos.x, link.b.pos.y);
        if (!rope.cut && Phaser.Geom.Intersects.LineToLine(this.swipe, seg)) {
          link.cut = true;
          rope.cut = true;
        }
      });
    });
  }

  simulate() {
    const gStep = new Phaser.Math.Vector2(0, GRAVITY * STEP * STEP);
    this.points.forEach((p) => {
      if (p.pinned) {
        return;
      }
      const vel = p.pos.clone().subtract(p.prev).scale(0.998);
      p.prev = p.pos;
      p.pos.add(vel).add(gStep);
    });
    for (let k = 0; k < 20; k++) {
      this.ropes.forEach((rope) => rope.links.forEach((link) => {
        if (link.cut) {
          return;
        }
        const d = link.b.pos.clone().subtract(link.a.pos);
        const dist = d.length() || 0.0001;
        const diff = (dist - link.len) / dist;
        const wa = link.a.pinned ? 0 : (link.b.pinned ? 1 : 0.5);
        const wb = link.b.pinned ? 0 : (link.a.pinned ? 1 : 0.5);
        link.a.pos.add(d.clone().scale(diff * wa));
        link.b.pos.subtract(d.clone().scale(diff * wb));
      }));
    }
  }

  update(time, delta) {
    this.acc += Math.min(delta, 100) / 1000;
    while (this.acc >= STEP) {
      this.simulate();
      this.acc -= STEP;
    }

    const c = this.candy.pos;
    this.candyImg.setPosition(c.x, c.y);
    this.gfx.clear();
    this.gfx.lineStyle(4, 0x8b5a2b);
    this.ropes.forEach((rope) => rope.links.forEach((link) => {
      if (!link.cut) {
        this.gfx.lineBetween(link.a.pos.x, link.a.pos.y, link.b.pos.x, link.b.pos.y);
      }
    }));
    this.gfx.fillStyle(0x666666);
    this.points.filter((p) => p.pinned).forEach((p) => this.gfx.fillCircle(p.pos.x, p.pos.y, 7));

    if (this.state !== 'play') {
      return;
    }
    if (Phaser.Math.Distance.Between(c.x, c.y, this.frog.x, this.frog.y - 10) < 55) {
      this.state = 'won';
      this.candyImg.setVisible(false);
      this.msg.setText('YUM!');
      this.tweens.add({ targets: this.frog, scaleX: 1.2, scaleY: 0.85, duration: 150, yoyo: true, repeat: 2 });
    } else if (c.y > 640 || c.x < -40 || c.x > 840) {
      this.state = 'lost';
      this.msg.setText('Missed - press R');
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d2b44',
  scene: RopeScene
};

new Phaser.Game(config);
