// Prime catcher: numbers from 2 to 50 drift down the screen (a new one every 1.2 s); click a prime number to catch it for +1 point, clicking a number that is not prime costs a life, and letting a prime fall off the bottom also costs a life (non-primes may fall freely); 3 lives, then "Game over" with the score, and R restarts.
function isPrime(n) {
  if (n < 2) return false;
  for (let i = 2; i <= Math.sqrt(n); i++) {
    if (n % i === 0) return false;
  }
  return true;
}

class PrimeScene extends Phaser.Scene {
  constructor() {
    super('prime');
  }

  create() {
    this.score = 0;
    this.lives = 3;
    this.over = false;
    this.fallSpeed = 70;

    this.add.rectangle(400, 590, 800, 20, 0x6d2e46);
    this.scoreText = this.add.text(16, 12, '', { fontSize: '22px', color: '#ffffff' });
    this.add.text(400, 24, 'Click the PRIMES!', { fontSize: '24px', color: '#f4d35e' }).setOrigin(0.5);
    this.updateHud();

    this.numbers = this.add.group();
    this.spawner = this.time.addEvent({ delay: 1200, loop: true, callback: this.spawn, callbackScope: this });
    this.spawn();

    this.input.keyboard.on('keydown-R', () => {
      if (this.over) this.scene.restart();
    });
  }

  spawn() {
    const value = Phaser.Math.Between(2, 50);
    const x = Phaser.Math.Between(60, 740);
    const t = this.add.text(x, -30, String(value), {
      fontSize: '34px', color: '#ffffff', backgroundColor: '#33415c', padding: { x: 10, y: 6 }
    }).setOrigin(0.5).setInteractive({ useHandCursor: true });
    t.setData('value', value);
    t.on('pointerdown', () => this.pick(t));
    this.numbers.add(t);
  }

  pick(t) {
    if (this.over || !t.active) return;
    const value = t.getData('value');
    if (isPrime(value)) {
      this.score += 1;
      this.popup(t.x, t.y, '+1', '#80ed99');
    } else {
      this.loseLife(t.x, t.y, value + ' is not prime');
    }
    t.destroy();
    this.updateHud();
  }

  popup(x, y, msg, color) {
    const p = this.add.text(x, y, msg, { fontSize: '22px', color, fontStyle: 'bold' }).setOrigin(0.5);
    this.tweens.add({ targets: p, y: y - 50, alpha: 0, duration: 800, onComplete: () => p.destroy() });
  }

  loseLife(x, y, msg) {
    this.lives -= 1;
    this.popup(x, y, msg, '#ff6b6b');
    this.cameras.main.shake(150, 0.01);
    if (this.lives <= 0) {
      this.over = true;
      this.spawner.remove();
      this.numbers.getChildren().forEach((n) => n.disableInteractive());
      this.add.rectangle(400, 300, 460, 170, 0x000000, 0.8).setDepth(10);
      this.add.text(400, 300, 'Game over\nScore: ' + this.score + '\nPress R to play again', {
        fontSize: '30px', color: '#ffffff', align: 'center'
      }).setOrigin(0.5).setDepth(11);
    }
  }

  updateHud() {
    this.scoreText.setText('Score: ' + this.score + '   Lives: ' + Math.max(0, this.lives));
  }

  update(time, delta) {
    if (this.over) return;
    const step = (this.fallSpeed * delta) / 1000;
    this.numbers.getChildren().slice().forEach((t) => {
      if (this.over) return;
      t.y += step;
      if (t.y > 600) {
        const value = t.getData('value');
        t.destroy();
        if (isPrime(value)) {
          this.loseLife(t.x, 570, 'Missed ' + value);
          this.updateHud();
        }
      }
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0b132b',
  scene: PrimeScene
};

new Phaser.Game(config);
