// Quick-time events: a key prompt appears with a 1.5 second limit bar; pressing the shown key in time scores, a wrong key or timeout is a fail; 3 fails end the game, 12 prompts win.
const PROMPT_KEYS = ['W', 'A', 'S', 'D', 'J', 'K', 'L'];
const LIMIT_MS = 1500;
const TOTAL_PROMPTS = 12;

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#202030',
  scene: {
    key: 'qte',
    create() {
      this.hits = 0;
      this.fails = 0;
      this.promptCount = 0;
      this.over = false;
      this.current = null;
      this.limitTimer = null;

      this.keyBox = this.add.rectangle(400, 260, 160, 160, 0x444466).setStrokeStyle(4, 0xffffff);
      this.keyText = this.add.text(400, 260, '', { fontSize: '90px', color: '#ffffff' }).setOrigin(0.5);
      this.barBg = this.add.rectangle(400, 380, 400, 20, 0x333333);
      this.bar = this.add.rectangle(200, 380, 400, 20, 0x00d0ff).setOrigin(0, 0.5);
      this.hud = this.add.text(20, 20, '', { fontSize: '22px', color: '#ffffff' });
      this.feedback = this.add.text(400, 450, '', { fontSize: '30px' }).setOrigin(0.5);
      this.updateHud();

      this.input.keyboard.on('keydown', (event) => {
        if (this.over || !this.current) return;
        this.resolve(event.key.toUpperCase() === this.current);
      });
      this.time.delayedCall(1000, this.nextPrompt, [], this);
    },

    update() {
      if (this.limitTimer && this.current) {
        this.bar.width = 400 * (1 - this.limitTimer.getProgress());
      }
    },

    extend: {
      nextPrompt() {
        this.promptCount++;
        this.current = Phaser.Utils.Array.GetRandom(PROMPT_KEYS);
        this.keyText.setText(this.current);
        this.keyBox.setFillStyle(0x444466);
        this.feedback.setText('');
        this.limitTimer = this.time.delayedCall(LIMIT_MS, () => this.resolve(false));
      },

      resolve(success) {
        if (this.over || !this.current) return;
        this.limitTimer.remove();
        this.current = null;
        if (success) {
          this.hits++;
          this.keyBox.setFillStyle(0x2e8b57);
          this.feedback.setText('Nice!').setColor('#7CFC00');
        } else {
          this.fails++;
          this.keyBox.setFillStyle(0xb22222);
          this.feedback.setText('Fail!').setColor('#ff6666');
          this.cameras.main.shake(150, 0.01);
        }
        this.updateHud();
        if (this.fails >= 3) {
          this.finish('GAME OVER');
        } else if (this.promptCount >= TOTAL_PROMPTS) {
          this.finish('YOU WIN!');
        } else {
          this.time.delayedCall(400, this.nextPrompt, [], this);
        }
      },

      updateHud() {
        this.hud.setText(`Hits: ${this.hits}   Fails: ${this.fails}/3   Prompt: ${this.promptCount}/${TOTAL_PROMPTS}`);
      },

      finish(message) {
        this.over = true;
        this.result = message;
        this.keyText.setText('');
        this.feedback.setText(`${message}  (${this.hits} hits)`).setColor('#ffffff');
      }
    }
  }
};

new Phaser.Game(config);
