// Archery (top-down): click to loose an arrow toward the pointer; a crosswind that changes every shot pushes the arrow sideways; score rings 10 to 1 over five arrows.
const WINDS = [40, -120, 90, -60, 150];

class ArcheryScene extends Phaser.Scene {
  constructor() {
    super('archery');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x6d4c41).fillRect(2, 0, 2, 24);
    g.fillStyle(0xeeeeee).fillTriangle(0, 24, 6, 24, 3, 30);
    g.generateTexture('arrow', 6, 30);
    g.destroy();
  }

  create() {
    this.shot = 0;
    this.total = 0;
    this.scores = [];
    this.wind = WINDS[0];
    this.flying = null;

    const colors = [0xffffff, 0x222222, 0x1e88e5, 0xe53935, 0xfdd835];
    for (let i = 4; i >= 0; i--) this.add.rectangle(400, 80, (i + 1) * 60, 16, colors[4 - i]);
    this.target = this.physics.add.staticImage(400, 80, null).setVisible(false);
    this.target.body.setSize(300, 16);

    this.arrows = this.physics.add.group({ allowGravity: false, accelerationX: this.wind });
    this.physics.add.overlap(this.target, this.arrows, (target, arrow) => this.land(arrow, true));

    this.windText = this.add.text(16, 16, '', { fontSize: '20px' });
    this.scoreText = this.add.text(784, 16, '', { fontSize: '20px' }).setOrigin(1, 0);
    this.refresh();
    this.input.on('pointerdown', (pointer) => this.loose(pointer));
  }

  loose(pointer) {
    if (this.flying || this.shot >= WINDS.length) return;
    const arrow = this.arrows.create(400, 560, 'arrow');
    arrow.setAccelerationX(this.wind);
    this.physics.moveTo(arrow, pointer.x, pointer.y, 800);
    arrow.setRotation(Phaser.Math.Angle.Between(400, 560, pointer.x, pointer.y) - Math.PI / 2 + Math.PI);
    this.flying = arrow;
  }

  update() {
    if (this.flying && this.flying.y < 0) this.land(this.flying, false);
  }

  land(arrow, onTarget) {
    if (arrow !== this.flying) return;
    arrow.body.stop();
    arrow.setAcceleration(0, 0);
    arrow.body.enable = false;
    const offset = Math.abs(arrow.x - 400);
    const points = onTarget ? Math.max(1, 10 - Math.floor(offset / 15)) : 0;
    this.scores.push({ x: arrow.x, points });
    this.total += points;
    this.shot += 1;
    this.flying = null;
    if (this.shot < WINDS.length) this.wind = WINDS[this.shot];
    this.refresh();
  }

  refresh() {
    const arrowMark = this.wind < 0 ? '<-' : '->';
    this.windText.setText(this.shot < WINDS.length ? `Wind ${arrowMark} ${Math.abs(this.wind)}` : 'Round over');
    this.scoreText.setText(`Arrow ${Math.min(this.shot + 1, 5)}/5   Score ${this.total}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#556b2f',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: ArcheryScene
});
