// Drag race against three rival cars: hold RIGHT to accelerate, the HUD shows your current race position, and the first car over the finish line wins.
class DragRace extends Phaser.Scene {
  constructor() {
    super('DragRace');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffffff).fillRect(0, 0, 48, 24);
    g.fillStyle(0x212121).fillRect(30, 4, 10, 16);
    g.generateTexture('racer', 48, 24);
    g.destroy();
  }

  create() {
    const lanes = this.add.graphics();
    for (let i = 0; i < 4; i++) {
      lanes.fillStyle(i % 2 ? 0x4e4e4e : 0x5a5a5a).fillRect(0, 150 + i * 90, 800, 90);
    }
    lanes.fillStyle(0xffffff).fillRect(740, 150, 8, 360);
    this.finishX = 740;

    this.player = this.physics.add.sprite(60, 195, 'racer').setTint(0x29b6f6);
    this.rivals = this.physics.add.group();
    [120, 140, 160].forEach((speed, i) => {
      const rival = this.rivals.create(60, 285 + i * 90, 'racer');
      rival.setTint([0xef5350, 0xffca28, 0x66bb6a][i]);
      rival.setVelocityX(speed);
    });
    this.racers = [this.player, ...this.rivals.getChildren()];

    this.speed = 0;
    this.position = 1;
    this.winner = null;
    this.posText = this.add.text(16, 16, '', { fontSize: '26px', color: '#ffffff' });
    this.cursors = this.input.keyboard.createCursorKeys();
  }

  update(time, delta) {
    if (this.winner) return;
    const accel = this.cursors.right.isDown ? 220 : -120;
    this.speed = Phaser.Math.Clamp(this.speed + accel * delta / 1000, 0, 260);
    this.player.setVelocityX(this.speed);

    const order = [...this.racers].sort((a, b) => b.x - a.x);
    this.position = order.indexOf(this.player) + 1;
    this.posText.setText(`Position: ${this.position} / ${this.racers.length}`);

    const leader = this.racers.find(car => car.x >= this.finishX);
    if (leader) {
      this.winner = leader;
      this.physics.pause();
      const msg = leader === this.player ? 'You win!' : 'You lose!';
      this.add.text(400, 80, msg, { fontSize: '40px', color: '#ffeb3b' }).setOrigin(0.5);
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1a1a1a',
  physics: { default: 'arcade' },
  scene: [DragRace]
});
