class Demo extends Phaser.Scene {
  constructor() { super('demo'); }
  preload() {}
  create() {
    this.add.rectangle(400, 300, 120, 120, 0xff3366);
    this.input.keyboard.on('keydown', (event) => { this.cameras.main.shake(100); });
  }
}
document.addEventListener('DOMContentLoaded', () => {
  new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Demo] });
});
