// Big-map town: the 40x30-cell map (32 px cells) is larger than the screen; drag with the left mouse button to pan the camera, and a click (press and release less than 8 px apart) builds the selected building on the clicked empty land cell (not on the river); keys 1/2/3 select House ($50), Shop ($80) or Park ($30); start with $600. A press released 8 px or more from where it started only pans and never builds. The HUD (fixed on screen) shows money, buildings and the selected tool.
const CELL = 32;
const MAP_W = 40;
const MAP_H = 30;
const TOOLS = [
  { name: 'House', cost: 50, color: 0xe07a5f },
  { name: 'Shop', cost: 80, color: 0x3d8bd9 },
  { name: 'Park', cost: 30, color: 0x2e9e52 }
];

class CityScene extends Phaser.Scene {
  constructor() {
    super('City');
  }

  create() {
    this.cells = Array.from({ length: MAP_H }, (_, r) =>
      Array.from({ length: MAP_W }, (_, c) => (c === 18 || c === 19 || (c === 20 && r > 20) ? 'water' : null)));

    const g = this.add.graphics();
    for (let r = 0; r < MAP_H; r++) {
      for (let c = 0; c < MAP_W; c++) {
        const water = this.cells[r][c] === 'water';
        g.fillStyle(water ? 0x2a6fb0 : ((r + c) % 2 ? 0x7fb85a : 0x76ad52));
        g.fillRect(c * CELL, r * CELL, CELL, CELL);
      }
    }

    const cam = this.cameras.main;
    cam.setBounds(0, 0, MAP_W * CELL, MAP_H * CELL);
    cam.centerOn(MAP_W * CELL / 2, MAP_H * CELL / 2);

    this.registry.set({ money: 600, built: 0, tool: 0, warning: '' });
    this.scene.launch('Hud');

    this.input.keyboard.on('keydown-ONE', () => this.registry.set('tool', 0));
    this.input.keyboard.on('keydown-TWO', () => this.registry.set('tool', 1));
    this.input.keyboard.on('keydown-THREE', () => this.registry.set('tool', 2));

    this.input.on('pointermove', (p) => {
      if (!p.isDown) return;
      cam.scrollX = Phaser.Math.Clamp(cam.scrollX - (p.x - p.prevPosition.x), 0, MAP_W * CELL - cam.width);
      cam.scrollY = Phaser.Math.Clamp(cam.scrollY - (p.y - p.prevPosition.y), 0, MAP_H * CELL - cam.height);
    });

    this.input.on('pointerdown', (p) => {
      if (p.getDistance() >= 8) return;
      this.tryBuild(p);
    });
  }

  tryBuild(p) {
    if (p.y < 64) return;
    const world = this.cameras.main.getWorldPoint(p.x, p.y);
    const c = Math.floor(world.x / CELL);
    const r = Math.floor(world.y / CELL);
    if (c < 0 || r < 0 || c >= MAP_W || r >= MAP_H) return;
    if (this.cells[r][c] !== null) return;

    const tool = TOOLS[this.registry.get('tool')];
    const money = this.registry.get('money');
    if (money < tool.cost) {
      this.registry.set('warning', `Not enough money for a ${tool.name}`);
      return;
    }

    this.cells[r][c] = tool.name;
    const b = this.add.rectangle(c * CELL + CELL / 2, r * CELL + CELL / 2, CELL - 6, CELL - 6, tool.color);
    b.setStrokeStyle(2, 0x222222);
    this.tweens.add({ targets: b, scale: { from: 0.4, to: 1 }, duration: 180, ease: 'Back.easeOut' });

    this.registry.set('money', money - tool.cost);
    this.registry.set('built', this.registry.get('built') + 1);
    this.registry.set('warning', '');
  }
}

class HudScene extends Phaser.Scene {
  constructor() {
    super('Hud');
  }

  create() {
    this.add.rectangle(0, 0, 800, 64, 0x000000, 0.55).setOrigin(0);
    this.line1 = this.add.text(12, 8, '', { fontSize: '18px', color: '#ffffff' });
    this.line2 = this.add.text(12, 36, '', { fontSize: '15px', color: '#ffd27f' });
    this.registry.events.on('changedata', this.refresh, this);
    this.refresh();
  }

  refresh() {
    const tool = TOOLS[this.registry.get('tool')];
    this.line1.setText(`Money: $${this.registry.get('money')}   Buildings: ${this.registry.get('built')}   Tool: ${tool.name} ($${tool.cost})`);
    this.line2.setText(this.registry.get('warning') || '1 House  2 Shop  3 Park   drag to pan, click to build');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#101820',
  scene: [CityScene, HudScene]
};

new Phaser.Game(config);
