// Move the cursor-controlled drone inside the fenced field (arrow keys); the strip under the field holds SAVE and LOAD buttons.
class Field extends Phaser.Scene {
  constructor() { super('field'); }
  preload() {}
  create() {
    this.physics.world.setBounds(0, 0, 800, 460);
    this.add.rectangle(400, 230, 796, 456).setStrokeStyle(2, 0x90a4ae);
    this.drone = this.add.rectangle(400, 230, 28, 28, 0x80cbc4);
    this.physics.add.existing(this.drone);
    this.drone.body.setCollideWorldBounds(true);
    this.add.rectangle(400, 530, 800, 140, 0x263238);
    this.saved = null;
    const save = this.add.text(250, 530, 'SAVE', { fontSize: '28px', color: '#ffffff', backgroundColor: '#2e7d32', padding: { x: 14, y: 6 } }).setOrigin(0.5).setInteractive();
    const load = this.add.text(550, 530, 'LOAD', { fontSize: '28px', color: '#ffffff', backgroundColor: '#1565c0', padding: { x: 14, y: 6 } }).setOrigin(0.5).setInteractive();
    this.status = this.add.text(400, 585, '', { fontSize: '16px', color: '#b0bec5' }).setOrigin(0.5);
    save.on('pointerdown', () => { this.saved = { x: this.drone.x, y: this.drone.y }; this.status.setText('saved'); });
    load.on('pointerdown', () => { if (this.saved) { this.drone.body.reset(this.saved.x, this.saved.y); this.status.setText('loaded'); } });
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    this.drone.body.setVelocity((this.keys.right.isDown ? 200 : 0) - (this.keys.left.isDown ? 200 : 0), (this.keys.down.isDown ? 200 : 0) - (this.keys.up.isDown ? 200 : 0));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Field });
