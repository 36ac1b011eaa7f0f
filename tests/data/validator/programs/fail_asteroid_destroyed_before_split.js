// Click an asteroid to break it: big ones split in two smaller ones, the smallest vanish
class Rocks extends Phaser.Scene {
  create() {
    for (let i = 0; i < 4; i++) this.spawn(150 + i * 170, 300, 3);
  }
  spawn(x, y, size) {
    const rock = this.add.circle(x, y, size * 14, 0x998877).setInteractive();
    rock.setData('size', size);
    rock.on('pointerdown', () => {
      rock.destroy();
      this.split(rock);
    });
  }
  split(rock) {
    const size = rock.getData('size');
    if (size > 1) {
      this.spawn(rock.x - 30, rock.y, size - 1);
      this.spawn(rock.x + 30, rock.y, size - 1);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Rocks });
