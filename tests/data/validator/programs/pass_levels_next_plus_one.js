// Each level shows its number; click NEXT to go on to the following level
class Level extends Phaser.Scene {
  constructor() { super('Level'); }
  init(data) { this.level = data.level || 1; }
  create() {
    this.add.text(300, 200, 'Level ' + this.level, { fontSize: '40px', color: '#ffffff' });
    this.add.text(300, 320, 'NEXT', { fontSize: '30px', color: '#66ff88' }).setInteractive().on('pointerdown', () => {
      this.scene.start('Level', { level: this.level + 1 });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Level] });
