// Dodge the falling rocks with LEFT and RIGHT; each rock that falls past you scores one point
class Dodge extends Phaser.Scene {
  create() {
    this.add.graphics().fillStyle(0x999999).fillRect(0, 0, 30, 30).generateTexture('rock', 30, 30).destroy();
    this.player = this.add.rectangle(400, 540, 50, 20, 0x33ccff);
    this.rocks = this.add.group();
    this.score = 0;
    this.label = this.add.text(20, 20, 'Score 0', { fontSize: '22px', color: '#ffffff' });
    this.keys = this.input.keyboard.createCursorKeys();
    this.time.addEvent({ delay: 700, loop: true, callback: () => this.rocks.add(this.add.image(100 + (this.rocks.getLength() * 137) % 600, -20, 'rock')) });
  }
  update(time, delta) {
    if (this.keys.left.isDown) this.player.x -= 0.4 * delta;
    if (this.keys.right.isDown) this.player.x += 0.4 * delta;
    this.rocks.getChildren().forEach((rock) => {
      rock.y += 0.25 * delta;
      if (!rock.getData('scored') && rock.y > this.player.y + 20) {
        rock.setData('scored', true);
        this.score += 1;
        this.label.setText('Score ' + this.score);
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Dodge });
