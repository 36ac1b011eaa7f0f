// Aquarium: 6 fish (each a body, a tail and an eye) of different sizes (0.6x, 0.8x, 1.0x, 1.2x, 1.4x and 1.6x, each keeping its own proportions) swim back and forth at their own speeds (40-90 px/s), turning around at the glass walls (x 80 and 720) and always facing the way they swim, with the tail behind. Clicking the water drops a food flake that sinks at 50 px/s; a fish that touches a flake (within 26 px times its size) eats it and the "Eaten: N" counter goes up, and flakes that reach the gravel disappear.
const LEFT = 80;
const RIGHT = 720;
const WATER_TOP = 120;
const GRAVEL_Y = 500;

class TankScene extends Phaser.Scene {
  constructor() {
    super('Tank');
  }

  create() {
    this.add.rectangle(400, 320, 700, 420, 0x4ea8de).setStrokeStyle(8, 0xcaf0f8);
    this.add.rectangle(400, 515, 692, 50, 0xb08968);
    for (let i = 0; i < 5; i++) {
      const weed = this.add.rectangle(140 + i * 130, 480, 10, 70, 0x2d6a4f).setOrigin(0.5, 1);
      this.tweens.add({ targets: weed, angle: 8, duration: 1200 + i * 150, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    }

    const colors = [0xff7b00, 0xffd000, 0xff5d8f, 0x80ffdb, 0xf4f1de, 0xc77dff];
    this.fish = colors.map((color, i) => {
      const body = this.add.ellipse(0, 0, 50, 28, color);
      const tail = this.add.triangle(-30, 0, 0, 0, 0, 28, 18, 14, color);
      const eye = this.add.circle(13, -4, 4, 0x111111);
      const fish = this.add.container(Phaser.Math.Between(LEFT + 60, RIGHT - 60), 165 + i * 55, [tail, body, eye]);
      fish.size = 0.6 + i * 0.2;
      fish.setScale(fish.size);
      fish.vx = Phaser.Math.Between(40, 90) * (Math.random() < 0.5 ? -1 : 1);
      fish.baseY = fish.y;
      fish.phase = Math.random() * Math.PI * 2;
      return fish;
    });

    this.flakes = [];
    this.eaten = 0;
    this.counter = this.add.text(20, 20, 'Eaten: 0', { fontSize: '24px', color: '#caf0f8' });
    this.add.text(780, 20, 'Click the water to feed', { fontSize: '18px', color: '#caf0f8' }).setOrigin(1, 0);

    this.input.on('pointerdown', (pointer) => {
      if (pointer.x < LEFT || pointer.x > RIGHT || pointer.y < WATER_TOP || pointer.y > GRAVEL_Y) return;
      this.flakes.push(this.add.rectangle(pointer.x, pointer.y, 8, 8, 0xe76f51).setAngle(45));
    });
  }

  update(time, delta) {
    const dt = delta / 1000;

    this.fish.forEach((fish) => {
      fish.x += fish.vx * dt;
      const half = 25 * fish.size;
      if (fish.x > RIGHT - half) {
        fish.x = RIGHT - half;
        fish.vx = -Math.abs(fish.vx);
      } else if (fish.x < LEFT + half) {
        fish.x = LEFT + half;
        fish.vx = Math.abs(fish.vx);
      }
      fish.scaleX = (fish.vx < 0 ? -1 : 1) * fish.size;
      fish.y = fish.baseY + Math.sin(time / 400 + fish.phase) * 6;
    });

    for (let i = this.flakes.length - 1; i >= 0; i--) {
      const flake = this.flakes[i];
      flake.y += 50 * dt;
      const eater = this.fish.find((f) => Phaser.Math.Distance.Between(f.x, f.y, flake.x, flake.y) < 26 * f.size);
      if (eater || flake.y >= GRAVEL_Y) {
        if (eater) {
          this.eaten += 1;
          this.counter.setText('Eaten: ' + this.eaten);
          this.tweens.add({ targets: eater, scaleY: eater.size * 1.2, duration: 100, yoyo: true });
        }
        flake.destroy();
        this.flakes.splice(i, 1);
      }
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#023e8a',
  scene: TankScene
};

new Phaser.Game(config);
