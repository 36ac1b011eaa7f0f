// A title with Play (always level 1) and Levels (choose 1 to 3); the game shows the level and 3 gems per level
class Title extends Phaser.Scene {
  constructor() { super('Title'); }
  create() {
    this.add.text(400, 240, 'Play', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5).setInteractive().on('pointerdown', () => this.scene.start('Game', { level: 1 }));
    for (let level = 1; level <= 3; level++) {
      this.add.text(200 * level, 400, 'Level ' + level, { fontSize: '24px', color: '#88ccff' }).setOrigin(0.5).setInteractive().on('pointerdown', () => this.scene.start('Game', { level }));
    }
  }
}
class Game extends Phaser.Scene {
  constructor() { super('Game'); }
  init(data) {
    this.level = data.level || 1;
  }
  create() {
    this.add.text(400, 40, 'Level ' + this.level, { fontSize: '30px', color: '#ffaa33' }).setOrigin(0.5);
    for (let i = 0; i < this.level * 3; i++) this.add.circle(100 + i * 70, 300, 20, 0x33ddaa);
    this.add.text(700, 560, 'Menu', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5).setInteractive().on('pointerdown', () => this.scene.start('Title'));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Title, Game] });
