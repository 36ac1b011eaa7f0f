// Missile defence: keys 1, 2 and 3 select the left, middle or right battery (the selected one is highlighted), clicking fires an interceptor from the selected battery to the click point where it explodes into a growing circle that destroys enemy missiles inside it (25 points); each battery has 10 shots, and enemy missiles that reach the ground destroy the city they hit.
const GROUND = 560;

class Defence extends Phaser.Scene {
  constructor() {
    super('defence');
  }

  create() {
    this.add.rectangle(400, 580, 800, 40, 0x6b4b2a);
    this.batteries = [80, 400, 720].map((x) => {
      const base = this.add.triangle(x, GROUND - 14, 0, 28, 24, 0, 48, 28, 0x888888);
      const label = this.add.text(x, 578, '10', { fontSize: '16px', color: '#ffffff' }).setOrigin(0.5);
      return { x, y: GROUND - 28, ammo: 10, base, label };
    });
    this.cities = [180, 250, 320, 480, 550, 620].map((x) => ({
      x, alive: true, shape: this.add.rectangle(x, GROUND - 10, 40, 20, 0x44aaff)
    }));
    this.trails = this.add.graphics();
    this.missiles = [];
    this.shots = [];
    this.explosions = [];
    this.score = 0;
    this.over = false;
    this.scoreText = this.add.text(10, 10, 'Score: 0', { fontSize: '20px', color: '#ffffff' });
    this.selectBattery(1);

    const KEYS = { Digit1: 0, Digit2: 1, Digit3: 2, Numpad1: 0, Numpad2: 1, Numpad3: 2 };
    this.input.keyboard.on('keydown', (event) => {
      const idx = KEYS[event.code];
      if (idx !== undefined) this.selectBattery(idx);
    });
    this.input.on('pointerdown', (pointer) => this.fire(pointer.x, pointer.y));
    this.time.addEvent({ delay: 1400, loop: true, callback: this.spawnMissile, callbackScope: this });
  }

  selectBattery(idx) {
    this.selected = idx;
    this.batteries.forEach((b, i) => b.base.setFillStyle(i === idx ? 0xffee44 : 0x888888));
  }

  fire(x, y) {
    const b = this.batteries[this.selected];
    if (this.over || b.ammo <= 0 || y > GROUND - 30) return;
    b.ammo--;
    b.label.setText(String(b.ammo));
    const shot = this.add.circle(b.x, b.y, 3, 0xffffff);
    const dist = Phaser.Math.Distance.Between(b.x, b.y, x, y);
    this.tweens.add({
      targets: shot, x, y, duration: dist * 2,
      onComplete: () => { shot.destroy(); this.explode(x, y); }
    });
  }

  explode(x, y) {
    const blast = this.add.circle(x, y, 2, 0xffaa33, 0.8);
    this.explosions.push(blast);
    this.tweens.add({
      targets: blast, radius: 45, duration: 450,
      onComplete: () => {
        this.tweens.add({
          targets: blast, alpha: 0, duration: 250,
          onComplete: () => {
            Phaser.Utils.Array.Remove(this.explosions, blast);
            blast.destroy();
          }
        });
      }
    });
  }

  spawnMissile() {
    if (this.over) return;
    const targets = this.cities.filter((c) => c.alive);
    const city = Phaser.Utils.Array.GetRandom(targets);
    const sx = Phaser.Math.Between(20, 780);
    const speed = Phaser.Math.Between(40, 70);
    const angle = Math.atan2(GROUND - 10, city.x - sx);
    this.missiles.push({ sx, sy: 0, x: sx, y: 0, vx: Math.cos(angle) * speed, vy: Math.sin(angle) * speed, city });
  }

  update(time, delta) {
    const dt = delta / 1000;
    this.missiles = this.missiles.filter((m) => {
      m.x += m.vx * dt;
      m.y += m.vy * dt;
      if (this.explosions.some((e) => Phaser.Math.Distance.Between(m.x, m.y, e.x, e.y) <= e.radius)) {
        this.score += 25;
        this.scoreText.setText('Score: ' + this.score);
        return false;
      }
      if (m.y >= GROUND - 10) {
        m.city.alive = false;
        m.city.shape.setFillStyle(0x442222);
        return false;
      }
      return true;
    });
    this.trails.clear();
    this.trails.lineStyle(2, 0xff4444, 1);
    this.missiles.forEach((m) => this.trails.lineBetween(m.sx, m.sy, m.x, m.y));
    if (!this.over && this.cities.every((c) => !c.alive)) {
      this.over = true;
      this.add.text(400, 280, 'THE END\nScore ' + this.score, { fontSize: '40px', color: '#ff6666', align: 'center' }).setOrigin(0.5);
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#05051a',
  scene: [Defence]
};

new Phaser.Game(config);
