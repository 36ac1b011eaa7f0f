// Mini golf: drag back from the ball and release to putt, with a stronger putt the longer the drag (up to a maximum); the ball rolls to a stop, each putt counts as a stroke, and a slow enough ball drops into the hole and shows "Hole in N".
const MAX_POWER = 600;
const SINK_SPEED = 250;

class GolfScene extends Phaser.Scene {
  constructor() {
    super('golf');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff).fillCircle(8, 8, 8).generateTexture('golfball', 16, 16);
    g.clear().fillStyle(0x111111).fillCircle(14, 14, 14).generateTexture('cup', 28, 28);
    g.destroy();

    this.add.rectangle(400, 300, 760, 360, 0x3fa34d).setStrokeStyle(8, 0x7a4f2a);
    this.physics.world.setBounds(20, 120, 760, 360);
    this.cup = this.add.image(450, 300, 'cup');
    this.add.rectangle(450, 268, 2, 40, 0xffffff);
    this.add.triangle(462, 254, 0, 0, 0, 14, 20, 7, 0xff4444);

    this.ball = this.physics.add.image(150, 300, 'golfball');
    this.ball.setCircle(8).setCollideWorldBounds(true).setBounce(0.7);
    this.ball.setDamping(true).setDrag(0.5);

    this.aim = this.add.graphics();
    this.data.set('strokes', 0);
    this.data.set('sunk', false);
    const strokesText = this.add.text(20, 40, 'Strokes: 0', { fontSize: '24px', color: '#ffffff' });
    this.events.on('changedata-strokes', (scene, value) => strokesText.setText(`Strokes: ${value}`));
    this.message = this.add.text(400, 540, '', { fontSize: '32px', color: '#ffee58' }).setOrigin(0.5);

    this.input.on('pointerdown', (pointer) => {
      const resting = this.ball.body.speed < 2;
      if (resting && !this.data.get('sunk') && Phaser.Math.Distance.Between(pointer.x, pointer.y, this.ball.x, this.ball.y) < 30) {
        this.dragging = true;
      }
    });
    this.input.on('pointermove', (pointer) => {
      if (!this.dragging) return;
      this.aim.clear().lineStyle(3, 0xffffff).lineBetween(this.ball.x, this.ball.y, pointer.x, pointer.y);
    });
    this.input.on('pointerup', (pointer) => {
      if (!this.dragging) return;
      this.dragging = false;
      this.aim.clear();
      const dist = Phaser.Math.Distance.Between(this.ball.x, this.ball.y, pointer.x, pointer.y);
      if (dist < 5) return;
      const power = Math.min(dist * 4, MAX_POWER);
      const angle = Phaser.Math.Angle.Between(pointer.x, pointer.y, this.ball.x, this.ball.y);
      this.physics.velocityFromRotation(angle, power, this.ball.body.velocity);
      this.data.inc('strokes');
    });
  }

  update() {
    if (this.data.get('sunk')) return;
    const near = Phaser.Math.Distance.Between(this.ball.x, this.ball.y, this.cup.x, this.cup.y) < 14;
    if (near && this.ball.body.speed < SINK_SPEED) {
      this.data.set('sunk', true);
      this.ball.body.stop();
      this.tweens.add({ targets: this.ball, x: this.cup.x, y: this.cup.y, scale: 0.4, duration: 200 });
      this.message.setText(`Hole in ${this.data.get('strokes')}!`);
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b5e20',
  physics: { default: 'arcade' },
  scene: GolfScene
});
