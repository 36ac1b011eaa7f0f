// Walk onto the slime with the arrow keys to start a battle; the map sleeps while the battle scene runs, and comes back after the battle is won with SPACE
class Overworld extends Phaser.Scene {
  constructor() { super('Overworld'); }
  create() {
    this.hero = this.add.rectangle(100, 300, 24, 24, 0x66ccff);
    this.slime = this.add.circle(400, 300, 16, 0x44dd44);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.events.on('wake', () => { this.slime.setVisible(false); this.hero.x = 100; });
  }
  update() {
    this.hero.x += (this.cursors.right.isDown - this.cursors.left.isDown) * 4;
    if (this.slime.visible && Math.abs(this.hero.x - this.slime.x) < 20) {
      this.scene.launch('Battle');
      this.scene.sleep();
    }
  }
}
class Battle extends Phaser.Scene {
  constructor() { super('Battle'); }
  create() {
    this.cameras.main.setBackgroundColor('#220022');
    this.add.text(400, 300, 'Battle! Press SPACE to win', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.input.keyboard.once('keydown-SPACE', () => {
      this.scene.stop();
      this.scene.wake('Overworld');
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Overworld, Battle] });
