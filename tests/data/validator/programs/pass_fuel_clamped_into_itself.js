// Jetpack flyer: hold the UP arrow to fire the jetpack, which burns fuel from a 100-unit tank shown as a gauge; the tank refills only while standing on the ground, and coins drifting past add to the score.
const MAX_FUEL = 100;

class JetpackScene extends Phaser.Scene {
  constructor() {
    super('JetpackScene');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xfdd835).fillRect(0, 0, 26, 40).fillStyle(0x757575).fillRect(0, 10, 8, 22);
    g.generateTexture('pilot', 26, 40);
    g.clear().fillStyle(0xffc107).fillCircle(10, 10, 10);
    g.generateTexture('coin', 20, 20);
    g.destroy();

    this.add.rectangle(400, 580, 800, 40, 0x455a64);
    this.physics.world.setBounds(0, 0, 800, 560);

    this.player = this.physics.add.sprite(160, 520, 'pilot').setCollideWorldBounds(true);
    this.player.setData({ fuel: MAX_FUEL, score: 0 });
    this.player.on('changedata-fuel', (obj, value) => this.drawGauge(value));
    this.player.on('changedata-score', (obj, value) => this.scoreText.setText(`Coins: ${value}`));

    this.coins = this.physics.add.group({ allowGravity: false });
    this.physics.add.overlap(this.player, this.coins, (player, coin) => {
      coin.destroy();
      player.incData('score', 1);
    });
    this.time.addEvent({
      delay: 900,
      loop: true,
      callback: () => this.coins.create(830, Phaser.Math.Between(80, 520), 'coin').setVelocityX(-200)
    });

    this.gauge = this.add.graphics();
    this.add.text(16, 12, 'FUEL', { fontSize: '16px', color: '#ffffff' });
    this.scoreText = this.add.text(784, 12, 'Coins: 0', { fontSize: '20px', color: '#ffffff' }).setOrigin(1, 0);
    this.drawGauge(MAX_FUEL);

    this.cursors = this.input.keyboard.createCursorKeys();
  }

  drawGauge(fuel) {
    this.gauge.clear();
    this.gauge.lineStyle(2, 0xffffff).strokeRect(70, 12, 204, 20);
    this.gauge.fillStyle(fuel > 25 ? 0x66bb6a : 0xef5350).fillRect(72, 14, 200 * (fuel / MAX_FUEL), 16);
  }

  update(time, delta) {
    const dt = delta / 1000;
    let fuel = this.player.getData('fuel');
    const thrusting = this.cursors.up.isDown && fuel > 0;

    if (thrusting) {
      this.player.setAccelerationY(-1500);
      fuel -= 35 * dt;
    } else {
      this.player.setAccelerationY(0);
      if (this.player.body.onFloor()) fuel += 25 * dt;
    }
    fuel = Phaser.Math.Clamp(fuel, 0, MAX_FUEL);
    this.player.setData('fuel', fuel);

    this.coins.getChildren().slice().forEach(c => { if (c.x < -20) c.destroy(); });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#90caf9',
  physics: { default: 'arcade', arcade: { gravity: { y: 700 } } },
  scene: JetpackScene
});
