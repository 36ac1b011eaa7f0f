// Air hockey (Arcade): drag the puck and release to shoot it; the table's friction slows the puck down until it stops; T switches ice / felt
const TABLES = [{ name: 'ice', drag: 0.7 }, { name: 'felt', drag: 0.2 }];
class Hockey extends Phaser.Scene {
  constructor() { super('hockey'); }
  create() {
    this.puck = this.add.circle(400, 300, 20, 0x212121);
    this.physics.add.existing(this.puck);
    this.puck.body.setCircle(20).setCollideWorldBounds(true).setBounce(0.9);
    this.table = 0;
    this.puck.body.setDamping(true);
    this.puck.body.setDrag(TABLES[this.table].drag);
    this.input.keyboard.on('keydown-T', () => { this.table = 1 - this.table; this.puck.body.setDrag(TABLES[this.table].drag); });
    this.puck.setInteractive();
    this.input.setDraggable(this.puck);
    this.puck.on('dragstart', () => this.puck.body.stop());
    this.puck.on('dragend', (pointer) => this.puck.body.setVelocity(pointer.velocity.x * 20, pointer.velocity.y * 20));
    this.puck.on('drag', (pointer, x, y) => this.puck.setPosition(x, y));
    this.speed = this.add.text(16, 16, '', { fontSize: '18px', color: '#000000' });
  }
  update() {
    this.speed.setText('Speed: ' + Math.round(this.puck.body.speed));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#e0f7fa', physics: { default: 'arcade' }, scene: Hockey });
