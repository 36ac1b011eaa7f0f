// Dodge the falling rocks with LEFT/RIGHT; a rock that hits the runner ends the game.
class Dodge extends Phaser.Scene {
  constructor() { super('dodge'); }
  preload() {}
  create() {
    this.dead = false;
    this.runner = this.add.rectangle(400, 550, 40, 40, 0x66ccff);
    this.rocks = [];
    this.time.addEvent({ delay: 700, loop: true, callback: () => this.rocks.push(this.add.rectangle(Phaser.Math.Between(20, 780), -20, 30, 30, 0x888888)) });
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    if (this.dead) return;
    this.runner.x += (this.cursors.right.isDown - this.cursors.left.isDown) * 5;
    for (const rock of this.rocks) {
      rock.y += 4;
      if (Phaser.Geom.Intersects.RectangleToRectangle(this.runner, rock)) {
        this.dead = true;
        this.add.text(400, 300, 'GAME OVER', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
      }
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Dodge });
