// Starving crawler: Food starts at 30 and drops by 1 with every step you take (arrow keys, one tile), and when Food is 0 each step costs 1 HP instead (10 HP, game over at 0); each of the 4 rooms has one bread ration lying on one of its floor tiles, and walking onto a ration eats it (+20 Food, max 50); after game over, R starts a new run with the rations in new random spots.
const T = 32;
const COLS = 25;
const ROWS = 17;
const ROOMS = [
  new Phaser.Geom.Rectangle(1, 1, 8, 6),
  new Phaser.Geom.Rectangle(15, 1, 9, 6),
  new Phaser.Geom.Rectangle(1, 10, 8, 6),
  new Phaser.Geom.Rectangle(15, 10, 9, 6)
];
const HALLS = [[9, 3, 6, 1], [9, 12, 6, 1], [4, 7, 1, 3], [19, 7, 1, 3]];

class HungerScene extends Phaser.Scene {
  constructor() {
    super('Hunger');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xd6a35c).fillRoundedRect(2, 6, 24, 14, 6);
    g.fillStyle(0xb07a36).fillRect(8, 9, 2, 8).fillRect(14, 9, 2, 8).fillRect(20, 9, 2, 8);
    g.generateTexture('bread', 28, 26);
    g.destroy();

    this.floor = Array.from({ length: ROWS }, () => Array(COLS).fill(false));
    ROOMS.forEach((r) => this.carve(r.x, r.y, r.width, r.height));
    HALLS.forEach(([x, y, w, h]) => this.carve(x, y, w, h));
    for (let y = 0; y < ROWS; y++) {
      for (let x = 0; x < COLS; x++) {
        this.add.rectangle(x * T, y * T, T - 1, T - 1, this.floor[y][x] ? 0x3a3631 : 0x151311).setOrigin(0);
      }
    }

    this.rations = this.add.group();
    this.hero = this.add.text(0, 0, '@', { fontFamily: 'monospace', fontSize: '28px', color: '#7fe0ff' }).setOrigin(0.5);
    this.hud = this.add.text(10, ROWS * T + 14, '', { fontSize: '18px', color: '#eeeeee' });

    this.input.keyboard.on('keydown-LEFT', () => this.step(-1, 0));
    this.input.keyboard.on('keydown-RIGHT', () => this.step(1, 0));
    this.input.keyboard.on('keydown-UP', () => this.step(0, -1));
    this.input.keyboard.on('keydown-DOWN', () => this.step(0, 1));
    this.input.keyboard.on('keydown-R', () => {
      if (this.dead) this.newRun();
    });
    this.newRun();
  }

  carve(x0, y0, w, h) {
    for (let y = y0; y < y0 + h; y++) {
      for (let x = x0; x < x0 + w; x++) this.floor[y][x] = true;
    }
  }

  newRun() {
    this.rations.clear(true, true);
    ROOMS.forEach((room) => {
      const spot = room.getRandomPoint();
      const gx = spot.x;
      const gy = spot.y;
      const bread = this.add.image(gx * T + T / 2, gy * T + T / 2, 'bread');
      bread.setData({ gx, gy });
      this.rations.add(bread);
    });
    this.gx = 4;
    this.gy = 3;
    this.food = 30;
    this.hp = 10;
    this.dead = false;
    this.refresh('Find food before you starve.');
  }

  step(dx, dy) {
    if (this.dead) return;
    const nx = this.gx + dx;
    const ny = this.gy + dy;
    if (nx < 0 || ny < 0 || nx >= COLS || ny >= ROWS || !this.floor[ny][nx]) return;
    this.gx = nx;
    this.gy = ny;
    let text = '';
    if (this.food > 0) {
      this.food -= 1;
    } else {
      this.hp -= 1;
      text = 'You are starving!';
    }
    const bread = this.rations.getChildren().find((b) => b.getData('gx') === nx && b.getData('gy') === ny);
    if (bread) {
      bread.destroy();
      this.food = Math.min(50, this.food + 20);
      text = 'You eat a bread ration. (+20 food)';
    }
    if (this.hp <= 0) {
      this.dead = true;
      text = 'You starved to death. Press R for a new run.';
    }
    this.refresh(text);
  }

  refresh(text) {
    this.hero.setPosition(this.gx * T + T / 2, this.gy * T + T / 2);
    this.hud.setText(`HP ${this.hp}/10   Food ${this.food}/50   Rations left: ${this.rations.getLength()}   ${text}`);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#000000',
  scene: [HungerScene]
};

new Phaser.Game(config);
