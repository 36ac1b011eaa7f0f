// Rock dodger: Left/Right arrows move the ship along the bottom and rocks fall from the top; each rock that leaves the bottom of the screen scores 1 point, shown live by a separate HUD scene. P pauses: the game stops completely (rocks, spawning and ship freeze) and a Pause screen appears; P again resumes exactly where it was. Getting hit ends the game and R restarts.
class Game extends Phaser.Scene {
  constructor() {
    super('game');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x80deea, 1).fillTriangle(20, 0, 0, 36, 40, 36);
    g.generateTexture('ship', 40, 36);
    g.clear();
    g.fillStyle(0x8d6e63, 1).fillCircle(18, 18, 18);
    g.generateTexture('rock', 36, 36);
    g.destroy();

    this.registry.set('score', 0);
    this.ship = this.physics.add.image(400, 550, 'ship').setCollideWorldBounds(true);
    this.rocks = this.physics.add.group();
    this.over = false;

    this.spawner = this.time.addEvent({ delay: 600, loop: true, callback: () => {
      const r = this.rocks.create(Phaser.Math.Between(20, 780), -20, 'rock');
      r.setVelocityY(Phaser.Math.Between(160, 320));
      r.body.setCircle(18);
    } });

    this.physics.add.overlap(this.ship, this.rocks, () => this.crash());
    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-P', () => {
      if (!this.over) this.scene.switch('pause');
    });
    this.input.keyboard.on('keydown-R', () => {
      if (this.over) this.scene.restart();
    });
    if (!this.scene.isActive('hud')) this.scene.launch('hud');
  }

  crash() {
    if (this.over) return;
    this.over = true;
    this.physics.pause();
    this.spawner.remove();
    this.ship.setTint(0xff5252);
    this.add.text(400, 280, 'CRASHED\nR to restart', { fontSize: '44px', color: '#ffffff', align: 'center' }).setOrigin(0.5);
  }

  update() {
    if (this.over) return;
    if (this.cursors.left.isDown) this.ship.setVelocityX(-320);
    else if (this.cursors.right.isDown) this.ship.setVelocityX(320);
    else this.ship.setVelocityX(0);

    this.rocks.getChildren().slice().forEach((r) => {
      if (r.y > 630) {
        r.destroy();
        this.registry.set('score', this.registry.get('score') + 1);
      }
    });
  }
}

class Hud extends Phaser.Scene {
  constructor() {
    super('hud');
  }

  create() {
    this.label = this.add.text(16, 12, 'Score: 0', { fontSize: '24px', color: '#fff176' });
    this.add.text(600, 12, 'P: pause', { fontSize: '20px', color: '#bbbbbb' });
    this.registry.events.on('changedata-score', (parent, value) => this.label.setText('Score: ' + value));
  }
}

class Pause extends Phaser.Scene {
  constructor() {
    super('pause');
  }

  create() {
    this.add.rectangle(400, 300, 800, 600, 0x000000, 0.6);
    this.add.text(400, 280, 'PAUSED', { fontSize: '64px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 350, 'press P to resume', { fontSize: '24px', color: '#cccccc' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-P', () => this.scene.switch('game'));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0d1b2a',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: [Game, Hud, Pause]
};

new Phaser.Game(config);
