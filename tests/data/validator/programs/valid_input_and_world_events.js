// Input and world events written the ways that fire: world bounds events for a body that asks for them, scene-level
// drag handlers with draggable objects, a drop zone, object events through the input plugin, and a body whose
// onWorldBounds is set by hand.
class TableScene extends Phaser.Scene {
  constructor() { super('table'); }
  preload() {}
  create() {
    this.hits = 0;
    const ball = this.add.circle(400, 300, 10, 0xffffff);
    this.physics.add.existing(ball);
    ball.body.setVelocity(300, 200).setBounce(1, 1).setCollideWorldBounds(true, 1, 1, true);
    const puck = this.add.circle(200, 200, 14, 0xff006e);
    this.physics.add.existing(puck);
    puck.body.setVelocity(-150, 120).setBounce(1, 1).setCollideWorldBounds(true);
    puck.body.onWorldBounds = true;
    this.physics.world.on('worldbounds', () => { this.hits += 1; });

    const zone = this.add.zone(650, 450, 180, 180).setRectangleDropZone(180, 180);
    this.add.rectangle(650, 450, 180, 180).setStrokeStyle(2, 0x8ecae6);
    const chips = [0xffbe0b, 0xfb5607, 0x8338ec].map((c, i) => this.add.circle(120 + i * 70, 500, 24, c).setInteractive());
    this.input.setDraggable(chips);
    this.input.on('dragstart', (p, obj) => obj.setScale(1.1));
    this.input.on('drag', (p, obj, x, y) => obj.setPosition(x, y));
    this.input.on('dragend', (p, obj) => obj.setScale(1));
    this.input.on('drop', (p, obj, target) => { if (target === zone) obj.setAlpha(0.5); });
    this.input.on('gameobjectdown', (p, obj) => obj.setAlpha(0.9));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#023047',
  physics: { default: 'arcade' }, scene: TableScene });
