// Tower defense: click an empty grass cell to build a tower for 60 gold; click a tower to select it, then press U to upgrade it (40 gold per upgrade, max level 3, each level adds 1 damage) or S to sell it, which refunds half of everything spent on that tower (build plus upgrades) and frees the cell. Towers zap the nearest enemy within 110 px once per second; kills pay 8 gold.
const TILE = 40, BUILD_COST = 60, UPGRADE_COST = 40, MAX_LEVEL = 3;
const PATH = [[-1, 7], [4, 7], [4, 2], [10, 2], [10, 11], [16, 11], [16, 6], [20, 6]];

class Field extends Phaser.Scene {
  constructor() { super({ key: 'Field' }); }

  create() {
    this.gold = 200;
    this.lives = 15;
    this.grid = {};
    this.selected = null;
    this.road = new Set();
    const pts = PATH.map(([c, r]) => new Phaser.Math.Vector2(c * TILE + TILE / 2, r * TILE + TILE / 2));
    this.points = pts;
    const bg = this.add.graphics();
    bg.fillStyle(0x5b8f3c).fillRect(0, 0, 800, 600);
    for (let i = 0; i < PATH.length - 1; i++) {
      let [c, r] = PATH[i];
      const [c2, r2] = PATH[i + 1];
      while (true) {
        this.road.add(`${c},${r}`);
        bg.fillStyle(0xd2b77c).fillRect(c * TILE, r * TILE, TILE, TILE);
        if (c === c2 && r === r2) break;
        c += Math.sign(c2 - c); r += Math.sign(r2 - r);
      }
    }
    this.towers = this.add.group();
    this.enemies = [];
    this.zaps = this.add.graphics().setDepth(5);
    this.info = this.add.text(10, 10, '', { fontSize: '16px', color: '#ffffff', backgroundColor: '#1b1b1bcc', padding: { x: 6, y: 4 } }).setDepth(10);
    this.input.on('pointerdown', this.onClick, this);
    this.input.keyboard.on('keydown-U', () => this.upgrade());
    this.input.keyboard.on('keydown-S', () => this.sell());
    this.time.addEvent({ delay: 1400, loop: true, callback: this.spawn, callbackScope: this });
    this.time.addEvent({ delay: 1000, loop: true, callback: this.fire, callbackScope: this });
    this.refresh();
  }

  spawn() {
    const start = this.points[0];
    const body = this.add.rectangle(start.x, start.y, 22, 22, 0x9b2d2d).setStrokeStyle(2, 0x000000);
    this.enemies.push({ body, hp: 4, next: 1 });
  }

  onClick(pointer) {
    const c = Math.floor(pointer.x / TILE), r = Math.floor(pointer.y / TILE);
    const key = `${c},${r}`;
    if (this.grid[key]) { this.select(this.grid[key]); return; }
    if (this.road.has(key) || this.gold < BUILD_COST) { this.select(null); return; }
    this.gold -= BUILD_COST;
    const tower = this.add.container(c * TILE + TILE / 2, r * TILE + TILE / 2);
    tower.add(this.add.rectangle(0, 0, 32, 32, 0x3b4f7a));
    tower.add(this.add.text(0, 0, '1', { fontSize: '18px', color: '#ffe066' }).setOrigin(0.5));
    tower.setData({ key, level: 1, upgrades: 0 });
    this.towers.add(tower);
    this.grid[key] = tower;
    this.select(tower);
  }

  select(tower) {
    if (this.selected) this.selected.list[0].setStrokeStyle();
    this.selected = tower;
    if (tower) tower.list[0].setStrokeStyle(3, 0xffffff);
    this.refresh();
  }

  refundOf(tower) {
    return Math.floor((BUILD_COST + tower.getData('upgrades') * UPGRADE_COST) / 2);
  }

  upgrade() {
    const t = this.selected;
    if (!t || t.getData('level') >= MAX_LEVEL || this.gold < UPGRADE_COST) return;
    this.gold -= UPGRADE_COST;
    t.incData('level');
    t.incData('upgrades');
    t.list[1].setText(String(t.getData('level')));
    this.refresh();
  }

  sell() {
    const t = this.selected;
    if (!t) return;
    this.gold += this.refundOf(t);
    delete this.grid[t.getData('key')];
    this.select(null);
    t.destroy();
    this.refresh();
  }

  fire() {
    this.zaps.clear();
    this.towers.getChildren().forEach(t => {
      let target = null, best = 110;
      for (const e of this.enemies) {
        const d = Phaser.Math.Distance.Between(t.x, t.y, e.body.x, e.body.y);
        if (d <= best) { best = d; target = e; }
      }
      if (!target) return;
      this.zaps.lineStyle(3, 0x99e6ff, 1).lineBetween(t.x, t.y, target.body.x, target.body.y);
      target.hp -= t.getData('level');
    });
    this.enemies = this.enemies.filter(e => {
      if (e.hp > 0) return true;
      e.body.destroy();
      this.gold += 8;
      return false;
    });
    this.time.delayedCall(150, () => this.zaps.clear());
    this.refresh();
  }

  update(time, delta) {
    const step = 55 * delta / 1000;
    this.enemies = this.enemies.filter(e => {
      const goal = this.points[e.next];
      const dist = Phaser.Math.Distance.Between(e.body.x, e.body.y, goal.x, goal.y);
      if (dist <= step) {
        e.body.setPosition(goal.x, goal.y);
        e.next++;
        if (e.next === this.points.length) {
          e.body.destroy();
          this.lives--;
          this.refresh();
          if (this.lives <= 0) {
            this.add.text(400, 300, 'Game over', { fontSize: '48px', color: '#ff6666', backgroundColor: '#000000' }).setOrigin(0.5).setDepth(20);
            this.scene.pause();
          }
          return false;
        }
      } else {
        e.body.x += (goal.x - e.body.x) / dist * step;
        e.body.y += (goal.y - e.body.y) / dist * step;
      }
      return true;
    });
  }

  refresh() {
    let line = `Gold: ${this.gold}   Lives: ${this.lives}`;
    if (this.selected) {
      const t = this.selected;
      line += `\nTower level ${t.getData('level')}   [U] upgrade (${UPGRADE_COST})   [S] sell (+${this.refundOf(t)})`;
    } else {
      line += `\nClick grass to build (${BUILD_COST}), click a tower to select it`;
    }
    this.info.setText(line);
  }
}

const config = { type: Phaser.AUTO, width: 800, height: 600, scene: [Field] };
new Phaser.Game(config);
