// Ore haulers: three colonists wait at the base on the left. Click an ore rock that still has ore and the nearest idle colonist is sent to it: it walks straight to the rock in 1.5 s and stops on it, mines for 2 s, walks straight back to the base in 1.5 s and stops there, and the base gains 5 ore (the rock loses 5; a rock starts with 15 and turns grey when empty). Then the colonist is idle again. The HUD shows ore at the base and idle colonists.
const WALK_MS = 1500;
const MINE_MS = 2000;
const BASE = { x: 90, y: 300 };
const ROCKS = [
  { x: 330, y: 140 }, { x: 520, y: 230 }, { x: 700, y: 120 },
  { x: 380, y: 470 }, { x: 610, y: 420 }, { x: 720, y: 540 }
];

class HaulScene extends Phaser.Scene {
  constructor() {
    super('Haul');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xdfe6e9).fillCircle(10, 10, 9).lineStyle(2, 0x2d3436).strokeCircle(10, 10, 9);
    g.generateTexture('colonist', 20, 20);
    g.destroy();

    this.add.rectangle(BASE.x, BASE.y, 90, 90, 0x636e72).setStrokeStyle(3, 0xb2bec3);
    this.add.text(BASE.x, BASE.y - 60, 'BASE', { fontSize: '16px', color: '#ffffff' }).setOrigin(0.5);

    this.ore = 0;
    this.rocks = ROCKS.map((p) => {
      const shape = this.add.polygon(p.x, p.y, [0, 20, 14, 0, 36, 4, 44, 26, 24, 40, 6, 36], 0xc0723a).setStrokeStyle(2, 0x5a3217);
      const label = this.add.text(p.x, p.y + 34, '15', { fontSize: '14px', color: '#ffe0b2' }).setOrigin(0.5);
      const rock = { x: p.x, y: p.y, left: 15, shape, label };
      shape.setInteractive({ useHandCursor: true });
      shape.on('pointerdown', () => this.send(rock));
      return rock;
    });

    this.crew = [0, 1, 2].map((i) => {
      const sprite = this.physics.add.image(BASE.x - 25 + i * 25, BASE.y + 20, 'colonist');
      return { sprite, idle: true, home: { x: sprite.x, y: sprite.y } };
    });

    this.hud = this.add.text(16, 12, '', { fontSize: '18px', color: '#ffffff' });
    this.refresh();
  }

  send(rock) {
    if (rock.left <= 0) return;
    const idle = this.crew.filter((c) => c.idle);
    if (idle.length === 0) return;
    const dist = (c) => Phaser.Math.Distance.Between(c.sprite.x, c.sprite.y, rock.x, rock.y);
    const worker = idle.reduce((best, c) => (dist(c) < dist(best) ? c : best));
    worker.idle = false;
    this.refresh();

    this.walk(worker, rock.x, rock.y, () => {
      const pick = this.tweens.add({ targets: worker.sprite, angle: { from: -15, to: 15 }, duration: 200, yoyo: true, repeat: -1 });
      this.time.delayedCall(MINE_MS, () => {
        pick.stop();
        worker.sprite.setAngle(0);
        const got = Math.min(5, rock.left);
        rock.left -= got;
        rock.label.setText(String(rock.left));
        if (rock.left <= 0) rock.shape.setFillStyle(0x7f8c8d);
        this.walk(worker, worker.home.x, worker.home.y, () => {
          this.ore += got;
          worker.idle = true;
          this.refresh();
        });
      });
    });
  }

  walk(worker, x, y, then) {
    this.physics.moveTo(worker.sprite, x, y, 0, WALK_MS);
    this.time.delayedCall(WALK_MS, () => {
      worker.sprite.body.reset(x, y);
      then();
    });
  }

  refresh() {
    const idle = this.crew.filter((c) => c.idle).length;
    this.hud.setText(`Ore at base: ${this.ore}   Idle colonists: ${idle} / 3   (click a rock)`);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#8e5b3a',
  physics: { default: 'arcade' },
  scene: HaulScene
};

new Phaser.Game(config);
