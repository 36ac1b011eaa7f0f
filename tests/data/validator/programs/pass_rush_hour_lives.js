// Rush-hour dodge: steer your car left/right across a 3-lane road with the arrow keys while traffic comes down the road. Every traffic car you dodge scores +10 when it leaves the bottom of the screen. You have 3 lives; hitting a car costs a life and instantly removes all traffic from the road (those cars score nothing), then you blink for 1.5 s of safety. At 0 lives a Game Over screen shows the score and best score (saved in localStorage); click or SPACE plays again.
const ROAD_L = 180;
const ROAD_R = 620;
const LANES = [253, 400, 547];

class RushScene extends Phaser.Scene {
  constructor() {
    super('rush');
  }

  create() {
    if (!this.textures.exists('rushcar')) {
      const g = this.make.graphics({ add: false });
      g.fillStyle(0xffffff).fillRoundedRect(0, 0, 44, 76, 10).fillStyle(0x37474f).fillRect(6, 12, 32, 16).fillRect(6, 52, 32, 12);
      g.generateTexture('rushcar', 44, 76);
      g.clear().fillStyle(0x424242).fillRect(0, 0, 440, 100).fillStyle(0xffffff);
      g.fillRect(145, 0, 6, 50).fillRect(292, 0, 6, 50);
      g.generateTexture('rushroad', 440, 100);
      g.destroy();
    }
    this.add.rectangle(400, 300, 800, 600, 0x6d8b3a);
    this.road = this.add.tileSprite(400, 300, ROAD_R - ROAD_L, 600, 'rushroad');
    this.player = this.add.image(400, 500, 'rushcar').setTint(0xff5722).setDepth(2);
    this.traffic = this.add.group();
    this.lives = 3;
    this.score = 0;
    this.safeUntil = 0;
    this.cursors = this.input.keyboard.createCursorKeys();
    this.spawnEvent = this.time.addEvent({ delay: 800, loop: true, callback: this.spawn, callbackScope: this });
    this.hud = this.add.text(16, 16, '', { fontSize: '20px', color: '#ffffff' }).setDepth(3);
  }

  spawn() {
    const lane = Phaser.Math.Between(0, LANES.length - 1);
    const x = LANES[lane];
    if (this.traffic.getChildren().some(c => c.x === x && c.y < 60)) return;
    const car = this.add.image(x, -60, 'rushcar').setTint(Phaser.Utils.Array.GetRandom([0x42a5f5, 0x66bb6a, 0xfdd835, 0xab47bc]));
    car.setData('v', [260, 210, 170][lane]);
    this.traffic.add(car);
  }

  hit(time) {
    this.lives -= 1;
    this.cameras.main.flash(200, 255, 80, 80);
    this.traffic.clear(true, true);
    if (this.lives <= 0) {
      this.scene.start('over', { score: this.score });
      return;
    }
    this.safeUntil = time + 1500;
    this.tweens.add({ targets: this.player, alpha: 0.2, duration: 125, yoyo: true, repeat: 5, onComplete: () => this.player.setAlpha(1) });
  }

  update(time, delta) {
    const dt = delta / 1000;
    const dir = (this.cursors.left.isDown ? -1 : 0) + (this.cursors.right.isDown ? 1 : 0);
    this.player.x = Phaser.Math.Clamp(this.player.x + dir * 320 * dt, ROAD_L + 24, ROAD_R - 24);
    this.road.tilePositionY -= 420 * dt;

    const pBox = this.player.getBounds();
    Phaser.Geom.Rectangle.Inflate(pBox, -6, -8);
    let crashed = false;
    this.traffic.getChildren().slice().forEach(car => {
      car.y += car.getData('v') * dt;
      if (car.y > 680) {
        this.score += 10;
        car.destroy();
      }
      else if (time > this.safeUntil && Phaser.Geom.Intersects.RectangleToRectangle(pBox, car.getBounds())) crashed = true;
    });
    if (crashed) this.hit(time);
    this.hud.setText(`Lives ${this.lives}   Score ${this.score}`);
  }
}

class OverScene extends Phaser.Scene {
  constructor() {
    super('over');
  }

  create(data) {
    const best = Math.max(data.score, Number(localStorage.getItem('rush_best')) || 0);
    localStorage.setItem('rush_best', String(best));
    this.add.text(400, 240, 'GAME OVER', { fontSize: '48px', color: '#ff5252' }).setOrigin(0.5);
    this.add.text(400, 310, `Score ${data.score}\nBest ${best}`, { fontSize: '26px', color: '#ffffff', align: 'center' }).setOrigin(0.5);
    this.add.text(400, 400, 'Click or press SPACE to play again', { fontSize: '18px', color: '#bbbbbb' }).setOrigin(0.5);
    const again = () => this.scene.start('rush');
    this.input.once('pointerdown', again);
    this.input.keyboard.once('keydown-SPACE', again);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#000000',
  scene: [RushScene, OverScene]
};

new Phaser.Game(config);
