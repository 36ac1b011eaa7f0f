// Walk right with the arrow key into the cave to open the cave scene; ENTER leaves the cave back to the map where you stood
class MapScene extends Phaser.Scene {
  constructor() { super('Map'); }
  create() {
    this.hero = this.add.rectangle(100, 300, 30, 30, 0x55ccff);
    this.add.rectangle(700, 300, 60, 80, 0x333333);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    if (this.keys.right.isDown) this.hero.x += 4;
    if (this.hero.x > 680) {
      this.hero.x = 640;
      this.scene.launch('Cave');
      this.scene.pause();
    }
  }
}
class Cave extends Phaser.Scene {
  constructor() { super('Cave'); }
  create() {
    this.add.rectangle(400, 300, 500, 300, 0x222222);
    this.add.text(260, 280, 'A dark cave. ENTER to leave', { fontSize: '22px', color: '#ffffff' });
    this.input.keyboard.on('keydown-ENTER', () => this.scene.switch('Map'));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [MapScene, Cave] });
